/**
 * Normalisation: what people type, folded to the canonical words that safety, nlu and
 * conversation read.
 */
package com.livermets.assistant.text;
