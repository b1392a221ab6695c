/**
 * Web channel: the JSON chat API the widget and integrators call; it renders pipeline
 * outcomes, nothing more.
 */
package com.livermets.assistant.channel.web;
