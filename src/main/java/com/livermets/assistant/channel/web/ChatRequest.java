package com.livermets.assistant.channel.web;

/**
 * Body of {@code POST /api/chat}.
 *
 * @param sessionId optional client-chosen conversation id; one is issued when absent
 * @param message what the user typed
 */
record ChatRequest(String sessionId, String message) {
}
