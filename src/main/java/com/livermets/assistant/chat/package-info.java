/**
 * Chat: the one pipeline every channel calls (safety, length, rate limit, classify,
 * reply) and its reply types.
 */
package com.livermets.assistant.chat;
