/**
 * Conversation: per-session state, follow-ups ("2", "more", "start over", "neither"),
 * when to ask "Did you mean ...?", and how a question is read (its question parts, two
 * answers, an aspect the page does not cover).
 */
package com.livermets.assistant.conversation;
