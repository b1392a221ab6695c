/**
 * Safety: the rules, cues and exemplars that find emergencies and crises first, and the
 * triage levels they set.
 */
package com.livermets.assistant.safety;
