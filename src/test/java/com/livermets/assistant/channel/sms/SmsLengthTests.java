package com.livermets.assistant.channel.sms;

import com.livermets.assistant.channel.sms.SmsLength.Encoding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsLengthTests {

	@Test
	void plainTextUsesGsm7With160InOneSegmentAnd153PerPart() {
		assertThat(SmsLength.of("a".repeat(160))).isEqualTo(new SmsLength(Encoding.GSM_7, 160, 1));
		assertThat(SmsLength.of("a".repeat(161))).isEqualTo(new SmsLength(Encoding.GSM_7, 161, 2));
		assertThat(SmsLength.of("a".repeat(306))).isEqualTo(new SmsLength(Encoding.GSM_7, 306, 2));
		assertThat(SmsLength.of("a".repeat(307))).isEqualTo(new SmsLength(Encoding.GSM_7, 307, 3));
	}

	@Test
	void gsmBasicCharactersOutsideAsciiStayGsm7() {
		assertThat(SmsLength.of("é£¥Ñ¿§ΔΩ@_\n").encoding()).isEqualTo(Encoding.GSM_7);
	}

	@Test
	void extensionCharactersCostTwoSeptets() {
		assertThat(SmsLength.of("€".repeat(80))).isEqualTo(new SmsLength(Encoding.GSM_7, 160, 1));
		assertThat(SmsLength.of("[]{}|~^\\").units()).isEqualTo(16);
	}

	@Test
	void anExtensionCharacterIsNotSplitAcrossParts() {
		// 306 septets, but the euro sign cannot straddle the end of the first 153-septet
		// part.
		SmsLength length = SmsLength.of("a".repeat(152) + "€" + "a".repeat(152));
		assertThat(length.units()).isEqualTo(306);
		assertThat(length.segments()).isEqualTo(3);
	}

	@Test
	void oneNonGsmCharacterSwitchesTheWholeTextToUcs2() {
		assertThat(SmsLength.of("a".repeat(100) + "á")).isEqualTo(new SmsLength(Encoding.UCS_2, 101, 2));
		assertThat(SmsLength.of("“quoted”").encoding()).isEqualTo(Encoding.UCS_2);
	}

	@Test
	void ucs2Has70InOneSegmentAnd67PerPart() {
		assertThat(SmsLength.of("肝".repeat(70))).isEqualTo(new SmsLength(Encoding.UCS_2, 70, 1));
		assertThat(SmsLength.of("肝".repeat(71))).isEqualTo(new SmsLength(Encoding.UCS_2, 71, 2));
		assertThat(SmsLength.of("肝".repeat(134))).isEqualTo(new SmsLength(Encoding.UCS_2, 134, 2));
		assertThat(SmsLength.of("肝".repeat(135))).isEqualTo(new SmsLength(Encoding.UCS_2, 135, 3));
	}

	@Test
	void emojiCountAsTwoUtf16UnitsAndAreNotSplitAcrossParts() {
		assertThat(SmsLength.of("😀".repeat(35))).isEqualTo(new SmsLength(Encoding.UCS_2, 70, 1));
		SmsLength straddling = SmsLength.of("a".repeat(66) + "😀" + "a".repeat(66));
		assertThat(straddling.units()).isEqualTo(134);
		assertThat(straddling.segments()).isEqualTo(3);
	}

}
