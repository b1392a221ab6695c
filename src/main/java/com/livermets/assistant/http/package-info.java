/**
 * HTTP hardening shared by every channel: body and time limits, security headers, problem
 * responses.
 */
package com.livermets.assistant.http;
