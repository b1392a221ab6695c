package com.livermets.assistant.nlu;

/** An intent and the classifier's probability for it. */
public record ScoredIntent(String intent, double score) {
}
