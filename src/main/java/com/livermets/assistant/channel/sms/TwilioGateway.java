package com.livermets.assistant.channel.sms;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.livermets.assistant.privacy.IdentifierHasher;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Twilio's inbound-message webhook: a signed form post, answered inline with TwiML.
 * Parameters other than {@code MessageSid}, {@code From} and {@code Body} are accepted
 * (they count towards the signature) and ignored.
 */
final class TwilioGateway implements SmsGateway {

	static final String SIGNATURE_HEADER = "X-Twilio-Signature";

	private static final MediaType TWIML = new MediaType(MediaType.TEXT_XML, StandardCharsets.UTF_8);

	private static final Pattern MESSAGE_SID = Pattern.compile("[A-Za-z0-9]{1,64}");

	private final TwilioSignature signature;

	private final IdentifierHasher hasher;

	TwilioGateway(TwilioSignature signature, IdentifierHasher hasher) {
		this.signature = signature;
		this.hasher = hasher;
	}

	@Override
	public String name() {
		return "twilio";
	}

	@Override
	public String webhookPath() {
		return "/sms/twilio";
	}

	@Override
	public Mono<InboundSms> read(ServerRequest request) {
		boolean form = request.headers()
			.contentType()
			.filter(MediaType.APPLICATION_FORM_URLENCODED::isCompatibleWith)
			.isPresent();
		if (!form) {
			return Mono.error(new RejectedWebhook(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not a form post"));
		}
		String claimed = request.headers().firstHeader(SIGNATURE_HEADER);
		return request.formData()
			// A malformed percent-encoding ("%ZZ") fails in the form reader; it is the
			// sender's error, not ours.
			.onErrorMap(IllegalArgumentException.class,
					(ex) -> new RejectedWebhook(HttpStatus.BAD_REQUEST, "malformed form body"))
			.map((parameters) -> {
				if (!this.signature.accepts(parameters, claimed)) {
					throw new RejectedWebhook(HttpStatus.FORBIDDEN,
							(claimed == null) ? "no signature" : "bad signature");
				}
				return inbound(parameters);
			});
	}

	private InboundSms inbound(MultiValueMap<String, String> parameters) {
		String messageSid = parameters.getFirst("MessageSid");
		String from = parameters.getFirst("From");
		if (messageSid == null || !MESSAGE_SID.matcher(messageSid).matches()) {
			throw new RejectedWebhook(HttpStatus.BAD_REQUEST, "missing or malformed MessageSid");
		}
		if (from == null || from.isBlank()) {
			throw new RejectedWebhook(HttpStatus.BAD_REQUEST, "missing From");
		}
		String body = parameters.getFirst("Body");
		return InboundSms.received(this.hasher, name(), messageSid, from, (body != null) ? body : "");
	}

	@Override
	public Mono<ServerResponse> answer(SmsReply reply) {
		return ServerResponse.ok().contentType(TWIML).bodyValue(TwiML.render(reply));
	}

}
