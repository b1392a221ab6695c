package com.livermets.assistant.channel.sms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Gsm7Tests {

	@Test
	void typographicPunctuationBecomesItsGsmForm() {
		String normalized = Gsm7.normalize("“Don’t” ‘wait’ – call — now…\u00A0ok\u202Fnow\u200B\ttab\r\nline");
		assertThat(normalized).isEqualTo("\"Don't\" 'wait' - call - now... ok now tab\nline");
		assertThat(SmsLength.of(normalized).encoding()).isEqualTo(SmsLength.Encoding.GSM_7);
	}

	@Test
	void otherCharactersAreKept() {
		assertThat(Gsm7.normalize("肝 😀 á é")).isEqualTo("肝 😀 á é");
	}

}
