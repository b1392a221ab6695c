/**
 * Content: the clinician-edited intents, responses, source page and the service's own
 * wording, validated at startup.
 */
package com.livermets.assistant.content;
