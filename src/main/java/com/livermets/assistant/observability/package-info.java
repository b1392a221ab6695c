/**
 * Observability: metrics and the audit log of every turn, by labels only, never message
 * text or identifiers.
 */
package com.livermets.assistant.observability;
