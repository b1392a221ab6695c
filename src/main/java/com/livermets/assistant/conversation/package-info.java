/**
 * Conversation: per-session state, follow-ups ("2", "more", "start over") and when to ask "Did you mean ...?".
 */
package com.livermets.assistant.conversation;
