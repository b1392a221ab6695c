/**
 * Patient-portal channel: FHIR R4 Communications with SMART scopes; it renders pipeline
 * outcomes as FHIR.
 */
package com.livermets.assistant.channel.portal;
