/**
 * Startup: warm-ups run beside the start, and failure reports that name the content file
 * and line.
 */
package com.livermets.assistant.startup;
