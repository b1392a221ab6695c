package com.livermets.assistant.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the safety rules, exemplars and fixed messages live, the local emergency number
 * and the meaning-based detector's thresholds. The defaults read the reviewed copies
 * packaged in the jar.
 *
 * @param rules the rule file: which phrasings are emergencies, crises or symptom reports
 * @param cues the context words: negation, questions, hypotheticals, past events,
 * personal markers
 * @param exemplars the meaning-based detector's reviewed risk exemplars and calm
 * look-alikes
 * @param messages the folder with {@code emergency.txt}, {@code crisis.txt} and
 * {@code contact_doctor.txt}
 * @param emergencyNumber replaces {@code {emergency-number}} in the fixed messages
 * @param semantic the meaning-based detector's thresholds
 * @param training the risk classifier's labelled messages
 * @param calmQuestions ordinary questions that both detectors read as calm
 * @param lookAlikes ordinary messages that only the exemplar detector reads as calm: the
 * classifier's boundary moves with every calm line it learns, so a look-alike added here
 * quiets a false alarm without moving any other reading
 * @param classifier the risk classifier's thresholds
 * @param model the fine-tuned safety model and its thresholds
 */
@Validated
@ConfigurationProperties("assistant.safety")
public record SafetyProperties(@DefaultValue("classpath:intents/safety/rules.txt") @NotBlank String rules,
		@DefaultValue("classpath:intents/safety/cues.txt") @NotBlank String cues,
		@DefaultValue("classpath:intents/safety/exemplars.txt") @NotBlank String exemplars,
		@DefaultValue("classpath:responses/safety/") @NotBlank String messages,
		@DefaultValue("911") @Pattern(regexp = "\\+?[0-9]{2,15}",
				message = "must be a phone number of 2 to 15 digits") String emergencyNumber,
		@DefaultValue @Valid Semantic semantic,
		@DefaultValue("classpath:intents/safety/training.tsv") @NotBlank String training,
		@DefaultValue("classpath:intents/safety/calm-questions.txt") @NotBlank String calmQuestions,
		@DefaultValue("classpath:intents/safety/look-alikes.txt") @NotBlank String lookAlikes,
		@DefaultValue @Valid Classifier classifier, @DefaultValue @Valid Model model) {

	/**
	 * The fine-tuned safety model (tools/safety-model), which reads every message whole
	 * beside the other detectors; any one fires. On sets held out of its training it
	 * found crises the exemplars and the risk classifier missed, while the emergencies
	 * and symptom reports it found the others found too; so by default it fires crises
	 * only (docs/safety.md, "A fine-tuned reader"). Lower means more alarms and fewer
	 * misses; 1 leaves a level to the other detectors.
	 *
	 * @param enabled switch the model off (the rules and the other detectors still run)
	 * @param encoder the fine-tuned encoder (ONNX)
	 * @param tokenizer its tokenizer (Hugging Face JSON)
	 * @param head its classification head
	 * @param crisis the probability of crisis that fires the crisis reply
	 * @param crisisOverEmergency the probability of crisis that gives the crisis reply
	 * where the other detectors found an emergency
	 * @param crisisOverDenial the probability of crisis that gives the crisis reply where
	 * the rules read a crisis phrase denied or excepted ("I don't want to die"); 1 (the
	 * default) leaves those to the rules: the model retrained in the thirteenth session
	 * reads "I don't want to die" as a crisis at its ceiling, and no crisis of any read
	 * set needed it there
	 * @param emergency the probability of an emergency that fires the emergency reply
	 * @param symptom the probability of a symptom report or an emergency that fires the
	 * "contact your doctor" reply
	 * @param quiet the probability of none, in every window of a message, at which the
	 * model quiets what the rules and the other detectors found in it; 1 never quiets
	 * @param quietMinWords the fewest different English words a message needs before the
	 * model may quiet it: a long story gives it the context that the sentence-by-sentence
	 * detectors lack, while terse messages are where it reads worst
	 * @param symptomOverMeaning the probability of a symptom report, with crisis and
	 * emergency together at most its complement in every window, at which a crisis that
	 * only the exemplars or the risk classifier read becomes a symptom report: a
	 * sentence's meaning alone makes "so worn out I had to sit down halfway through"
	 * despair; 1 never does
	 */
	public record Model(@DefaultValue("true") boolean enabled,
			@DefaultValue("classpath:safety-model/encoder.onnx") @NotBlank String encoder,
			@DefaultValue("classpath:all-minilm-l6-v2-q-tokenizer.json") @NotBlank String tokenizer,
			@DefaultValue("classpath:safety-model/head.txt") @NotBlank String head,
			@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double crisis,
			@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double crisisOverEmergency,
			@DefaultValue("1") @DecimalMin("0.0") @DecimalMax("1.0") double crisisOverDenial,
			@DefaultValue("1") @DecimalMin("0.0") @DecimalMax("1.0") double emergency,
			@DefaultValue("1") @DecimalMin("0.0") @DecimalMax("1.0") double symptom,
			@DefaultValue("0.9") @DecimalMin("0.0") @DecimalMax("1.0") double quiet,
			@DefaultValue("16") @Min(0) int quietMinWords,
			@DefaultValue("0.9") @DecimalMin("0.0") @DecimalMax("1.0") double symptomOverMeaning) {

	}

	/**
	 * When a sentence is close enough in meaning to a rule's exemplar to fire it. Chosen
	 * recall-first on the calibration sets (docs/safety.md); lower means more alarms and
	 * fewer misses.
	 *
	 * @param enabled switch the meaning-based detector off (the rules still run)
	 * @param crisis the cosine similarity to a crisis exemplar that fires the crisis
	 * reply
	 * @param emergency the similarity to an emergency exemplar that fires the emergency
	 * reply
	 * @param symptom the similarity to a symptom exemplar that fires the "contact your
	 * doctor" reply
	 * @param margin how much closer the exemplar must be than the closest calm look-alike
	 * @param clearMargin the margin at which a crisis hit fires on its own; below it, the
	 * risk classifier must give a crisis at least {@code support}
	 * @param support the risk classifier's probability of the hit's level that a crisis
	 * hit below the clear margin, and every emergency hit, needs to fire (ignored when
	 * the classifier is off)
	 */
	public record Semantic(@DefaultValue("true") boolean enabled,
			@DefaultValue("0.52") @DecimalMin("0.0") @DecimalMax("1.0") double crisis,
			@DefaultValue("0.56") @DecimalMin("0.0") @DecimalMax("1.0") double emergency,
			@DefaultValue("0.60") @DecimalMin("0.0") @DecimalMax("1.0") double symptom,
			@DefaultValue("0.05") @DecimalMin("-1.0") @DecimalMax("1.0") double margin,
			@DefaultValue("0.15") @DecimalMin("-1.0") @DecimalMax("1.0") double clearMargin,
			@DefaultValue("0.10") @DecimalMin("0.0") @DecimalMax("1.0") double support) {

		double threshold(Triage level) {
			return byLevel(level, this.crisis, this.emergency, this.symptom);
		}

	}

	/**
	 * When the risk classifier's probability for a level fires that level's reply. Chosen
	 * recall-first by leave-one-set-out cross-validation (docs/safety.md); lower means
	 * more alarms and fewer misses.
	 *
	 * @param enabled switch the risk classifier off (the rules and the exemplar detector
	 * still run)
	 * @param crisis the probability of crisis that fires the crisis reply
	 * @param emergency the probability of an emergency that fires the emergency reply
	 * @param symptom the probability of a symptom report that fires the "contact your
	 * doctor" reply
	 * @param crisisOverEmergency the probability of crisis, in a sentence that also names
	 * an emergency and is close to a crisis exemplar, that gives the crisis reply instead
	 * of the emergency one
	 * @param nearest per level, how close in meaning a unit must come to that level's
	 * nearest exemplar for the classifier's verdict to stand
	 */
	public record Classifier(@DefaultValue("true") boolean enabled,
			@DefaultValue("0.7") @DecimalMin("0.0") @DecimalMax("1.0") double crisis,
			@DefaultValue("0.6") @DecimalMin("0.0") @DecimalMax("1.0") double emergency,
			@DefaultValue("0.4") @DecimalMin("0.0") @DecimalMax("1.0") double symptom,
			@DefaultValue("0.95") @DecimalMin("0.0") @DecimalMax("1.0") double crisisOverEmergency,
			@DefaultValue @Valid Nearest nearest) {

		double threshold(Triage level) {
			return byLevel(level, this.crisis, this.emergency, this.symptom);
		}

	}

	/**
	 * The least cosine similarity to the nearest exemplar of the classifier's level at
	 * which its verdict stands. The classifier extrapolates far from anything it learned
	 * ("my sponges keep sinking in the middle" read as an emergency at 0.8); the
	 * exemplars say how far that is. 0 switches the check off for a level. Swept
	 * recall-first over the read sets (docs/safety.md, eighth round): for emergencies the
	 * first lost emergency is at 0.56 and 0.50 already gives all the gain; for crises and
	 * symptom reports any floor that quiets a false alarm costs a real one first, so they
	 * stay off.
	 *
	 * @param crisis for a crisis verdict
	 * @param emergency for an emergency verdict
	 * @param symptom for a symptom report
	 */
	public record Nearest(@DefaultValue("0") @DecimalMin("0.0") @DecimalMax("1.0") double crisis,
			@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double emergency,
			@DefaultValue("0") @DecimalMin("0.0") @DecimalMax("1.0") double symptom) {

		/** No check: the classifier's verdict stands however far it reaches. */
		public static final Nearest OFF = new Nearest(0, 0, 0);

		double floor(Triage level) {
			return byLevel(level, this.crisis, this.emergency, this.symptom);
		}

	}

	/**
	 * The value of a level among three per-level settings; no level-less threshold
	 * exists.
	 */
	private static double byLevel(Triage level, double crisis, double emergency, double symptom) {
		return switch (level) {
			case CRISIS -> crisis;
			case EMERGENCY -> emergency;
			case CONTACT_DOCTOR -> symptom;
			case NONE -> throw new IllegalArgumentException("no threshold for " + level);
		};
	}

}
