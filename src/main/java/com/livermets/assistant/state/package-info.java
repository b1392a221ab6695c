/**
 * Where state shared between turns lives: in this process ({@code embedded}, the default)
 * or in Redis, so that two or more nodes serve one conversation. Owns the selector, the
 * Redis connection and its health; each module keeps its own state behind its own
 * interface and picks its implementation from here.
 */
package com.livermets.assistant.state;
