/**
 * NLU: sentence embeddings and the intent classifier built from the intents; it names an
 * intent or refuses.
 */
package com.livermets.assistant.nlu;
