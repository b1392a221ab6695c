package com.livermets.assistant.channel.portal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.livermets.assistant.chat.Channel;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.http.InputExcerpt;
import com.livermets.assistant.http.Problems;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.ratelimit.RateLimitedException;
import com.livermets.assistant.ratelimit.RateLimiter;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The FHIR endpoints of the patient portal: {@code POST /fhir/Communication} hands the
 * patient's message to the chat pipeline and answers with a reply Communication;
 * {@code GET /fhir/metadata} says what is supported. The security chain has already
 * checked the token's signature, issuer, audience, expiry and scope; this class checks
 * that the token's patient is the message's subject.
 */
final class PortalHandler {

	static final String COMMUNICATION_PATH = "/fhir/Communication";

	static final String METADATA_PATH = "/fhir/metadata";

	/**
	 * The SMART launch context: the patient the token was issued for. Deliberately no
	 * fallback to {@code sub}.
	 */
	static final String PATIENT_CLAIM = "patient";

	private static final Logger logger = LoggerFactory.getLogger(PortalHandler.class);

	private static final MediaType FHIR_JSON_TYPE = new MediaType("application", "fhir+json");

	private final ChatService chat;

	private final IdentifierHasher hasher;

	private final FhirJson json;

	private final ReplyCommunication replies;

	private final byte[] capabilityStatement;

	private final RateLimiter perPatient;

	private final Problems problems;

	PortalHandler(ChatService chat, IdentifierHasher hasher, FhirJson json, ReplyCommunication replies,
			byte[] capabilityStatement, RateLimiter perPatient, Problems problems) {
		this.chat = chat;
		this.hasher = hasher;
		this.json = json;
		this.replies = replies;
		this.capabilityStatement = capabilityStatement.clone();
		this.perPatient = perPatient;
		this.problems = problems;
	}

	Mono<ServerResponse> metadata(ServerRequest request) {
		return fhir(HttpStatus.OK, this.capabilityStatement);
	}

	Mono<ServerResponse> create(ServerRequest request) {
		return Mono.defer(() -> {
			requireFhirJson(request);
			return request.principal()
				.ofType(JwtAuthenticationToken.class)
				.map(JwtAuthenticationToken::getToken)
				.switchIfEmpty(Mono.error(
						() -> new FhirProblem(HttpStatus.UNAUTHORIZED, IssueType.LOGIN, "A bearer token is required")))
				.zipWith(request.bodyToMono(String.class).defaultIfEmpty(""))
				.flatMap((tokenAndBody) -> answer(tokenAndBody.getT1(), tokenAndBody.getT2()));
		})
			.onErrorResume(FhirProblem.class, this::problem)
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> problem(new FhirProblem(HttpStatus.CONTENT_TOO_LARGE, IssueType.TOOLONG,
							"The request body is too large for one Communication")))
			// Errors with a status of their own (a body that did not arrive in time) keep
			// it, as an OperationOutcome.
			.onErrorResume(ErrorResponse.class::isInstance, (ex) -> withItsStatus((ErrorResponse) ex))
			.onErrorResume((ex) -> !(ex instanceof FhirProblem), this::unexpected);
	}

	/**
	 * Anything else under {@code /fhir}: a FHIR error instead of the web API's
	 * problem+json.
	 */
	Mono<ServerResponse> unsupported(ServerRequest request) {
		String path = request.path();
		if (COMMUNICATION_PATH.equals(path) || METADATA_PATH.equals(path)) {
			HttpMethod allowed = COMMUNICATION_PATH.equals(path) ? HttpMethod.POST : HttpMethod.GET;
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(allowed)
				.contentType(FhirJson.FHIR_JSON)
				.bodyValue(this.json.outcome(IssueType.NOTSUPPORTED,
						request.method() + " is not supported on " + path + "; use " + allowed));
		}
		return problem(new FhirProblem(HttpStatus.NOT_FOUND, IssueType.NOTFOUND,
				"Not supported here; this server offers POST " + COMMUNICATION_PATH + " and GET " + METADATA_PATH));
	}

	private Mono<ServerResponse> answer(Jwt token, String body) {
		IncomingMessage message = IncomingMessage.read(body, this.json);
		requireTokenPatient(token, message);
		String text = message.text();
		ChatTurn turn = new ChatTurn(Channel.PORTAL, this.hasher.hash("portal", message.patientId()), text);
		return this.chat.admit(turn, () -> this.perPatient.acquire(turn.sessionKey()))
			.flatMap(
					(outcome) -> outcome.render(
							(reply) -> fhir(HttpStatus.OK, this.json
								.encode(this.replies.build(message, text, reply))),
							(length, max) -> problem(new FhirProblem(HttpStatus.UNPROCESSABLE_CONTENT,
									IssueType.TOOLONG, "payload[0].contentString has " + length
											+ " characters; at most " + max + " are allowed")),
							this::throttled));
	}

	private static void requireTokenPatient(Jwt token, IncomingMessage message) {
		String patient = token.getClaimAsString(PATIENT_CLAIM);
		if (patient == null || patient.isBlank()) {
			throw new FhirProblem(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN,
					"The token has no patient launch context (claim 'patient'); only a patient's own token may "
							+ "send their messages");
		}
		if (!patient.equals(message.patientId())) {
			throw new FhirProblem(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN,
					"The token's patient is not the Communication's subject; a token may only send messages of "
							+ "its own patient");
		}
	}

	/**
	 * FHIR names application/fhir+json; generic application/json is accepted too, as many
	 * HTTP clients send it.
	 */
	private static void requireFhirJson(ServerRequest request) {
		Optional<MediaType> contentType;
		boolean accepted;
		try {
			contentType = request.headers().contentType();
			accepted = contentType
				.filter((type) -> type.equalsTypeAndSubtype(FHIR_JSON_TYPE)
						|| type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON))
				.filter((type) -> type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset()))
				.isPresent();
		}
		catch (IllegalArgumentException ex) {
			// A malformed header or an unknown charset name.
			contentType = Optional.empty();
			accepted = false;
		}
		if (!accepted) {
			throw new FhirProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, IssueType.NOTSUPPORTED,
					"Send the Communication as Content-Type application/fhir+json (UTF-8); got "
							+ contentType.map((type) -> InputExcerpt.of(type.toString()))
								.orElse("no valid Content-Type"));
		}
	}

	/**
	 * Over the per-conversation limit: 429 with {@code Retry-After}, as an
	 * OperationOutcome.
	 */
	private Mono<ServerResponse> throttled(Duration wait) {
		long seconds = RateLimitedException.retryAfterSeconds(wait);
		return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.contentType(FhirJson.FHIR_JSON)
			.bodyValue(this.json.outcome(IssueType.THROTTLED, this.perPatient.exceeded(wait).getBody().getDetail()));
	}

	private Mono<ServerResponse> problem(FhirProblem problem) {
		return fhir(problem.status(), this.json.outcome(problem.type(), problem.getMessage()));
	}

	private Mono<ServerResponse> withItsStatus(ErrorResponse error) {
		return fhir(HttpStatus.valueOf(error.getStatusCode().value()),
				this.json.outcome(FhirErrorFormat.issueType(error.getStatusCode()), error.getBody().getDetail()));
	}

	private Mono<ServerResponse> unexpected(Throwable ex) {
		// The class name only: an exception message might quote the patient's text.
		logger.error("Unexpected error answering a portal message: {}", ex.getClass().getName());
		return fhir(HttpStatus.INTERNAL_SERVER_ERROR,
				this.json.outcome(IssueType.EXCEPTION, this.problems.unexpected().getDetail()));
	}

	private static Mono<ServerResponse> fhir(HttpStatus status, byte[] body) {
		return ServerResponse.status(status).contentType(FhirJson.FHIR_JSON).bodyValue(body);
	}

}
