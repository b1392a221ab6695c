package com.livermets.assistant.conversation;

import java.util.List;

import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.ScoredIntent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClarificationPolicyTests {

	private final ClarificationPolicy policy = new ClarificationPolicy(new ConversationProperties(0.6, 0.3, 3, 0.05),
			0.5);

	@Test
	void confidentAndClearIsAnswered() {
		assertThat(this.policy.choose(accepted(0.8, 0.1, 0.05)).kind()).isEqualTo(Resolution.Kind.ANSWER);
	}

	@Test
	void middlingConfidenceIsClarifiedWithTheLikeliestIntents() {
		Resolution resolution = this.policy.choose(accepted(0.55, 0.2, 0.1, 0.08));

		assertThat(resolution.kind()).isEqualTo(Resolution.Kind.CLARIFY);
		assertThat(resolution.options()).containsExactly("i0", "i1", "i2");
	}

	@Test
	void closeRunnerUpIsClarifiedEvenWhenConfident() {
		assertThat(this.policy.choose(accepted(0.62, 0.35)).kind()).isEqualTo(Resolution.Kind.CLARIFY);
	}

	@Test
	void aThirdOptionBelowTheFloorIsNotOfferedButTwoAlwaysAre() {
		assertThat(this.policy.choose(accepted(0.55, 0.01, 0.01)).options()).containsExactly("i0", "i1");
	}

	@Test
	void refusedIsTheFallbackNeverAClarification() {
		Classification refused = new Classification(null, 0.45,
				List.of(new ScoredIntent("i0", 0.45), new ScoredIntent("i1", 0.44)));
		assertThat(this.policy.choose(refused).kind()).isEqualTo(Resolution.Kind.FALLBACK);
	}

	@Test
	void aConfidentThresholdBelowTheFallbackThresholdIsRejectedAtStartup() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ClarificationPolicy(new ConversationProperties(0.4, 0.3, 3, 0.05), 0.5))
			.withMessageContaining("assistant.conversation.confident-threshold");
	}

	private static Classification accepted(double... scores) {
		List<ScoredIntent> ranking = new java.util.ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			ranking.add(new ScoredIntent("i" + i, scores[i]));
		}
		return new Classification("i0", scores[0], ranking);
	}

}
