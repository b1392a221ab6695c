/**
 * SMS channel: Twilio webhooks, opt-out, MORE and numbered suggestions, replies fitted
 * into two segments.
 */
package com.livermets.assistant.channel.sms;
