package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-10 round's changes, each in new words rather than the messages that
 * showed the gap: a death made to look natural for the insurance, a note or a prayer that
 * says goodbye, a drug that would not show on a tox screen, things handed on "I won't be
 * needing them", a severe allergic reaction (an emergency rule of its own), and an
 * overdose already taken by someone who cannot be woken (the 911 reply first); for the
 * calm side, an overdose in a television drama and "I'm going to kill myself" said of a
 * slow game console.
 */
class TenthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			he asked if it could look like an accident so the life insurance pays out for mum | CRISIS
			she left a letter saying sorry for being such a burden to all of us | CRISIS
			his diary says forgive me for what i am about to do | CRISIS
			dad keeps saying he does not want to be a burden any longer | CRISIS
			she asked me which pills would not show up on a tox screen | CRISIS
			i told her i will not be needing them and gave her my car keys | CRISIS
			mum said we would all be better off if she just overdosed | CRISIS
			he put on all of the fentanyl patches at once last night | CRISIS
			my brother wishes he could just go to sleep and never wake up | CRISIS
			her tongue and lips are swelling after the new antibiotic and she is wheezing | EMERGENCY
			he swallowed too many of his pills and now we can not wake him | EMERGENCY
			she gets full after a couple of mouthfuls now | CONTACT_DOCTOR
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "we were watching a soap where the mother takes an overdose, i had to switch it off",
			"my son always says i am gonna kill myself whenever his game crashes, such a teenager" })
	void calmMessagesGetNoCrisisReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isNotEqualTo(Optional.of(Triage.CRISIS));
	}

}
