/**
 * Answerability: the aspect a question asks of its topic (side effects, how long, cost
 * ...) and whether the page answers it, and the messages that try to change the
 * assistant. Both are content files validated at startup; conversation reads them, and
 * they read only content and text.
 */
package com.livermets.assistant.answerability;
