/**
 * Rate limits: token buckets per session, client address and phone; they count and tell
 * how long to wait.
 */
package com.livermets.assistant.ratelimit;
