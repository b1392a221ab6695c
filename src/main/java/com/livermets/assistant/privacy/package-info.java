/**
 * Privacy: keyed hashes of phone numbers, session ids and addresses, so no raw identifier
 * is kept or logged.
 */
package com.livermets.assistant.privacy;
