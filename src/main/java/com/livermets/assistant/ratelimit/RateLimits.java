package com.livermets.assistant.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.content.Wording;
import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;

/**
 * The service's three limits. Channels call the one that fits: the web API limits each
 * conversation, the SMS channel each phone (by hash), and a filter limits each client
 * address.
 */
public final class RateLimits {

	/** The exchange attribute holding the client's wait when it is over its limit. */
	static final String CLIENT_WAIT = RateLimits.class.getName() + ".clientWait";

	private final RateLimiter perSession;

	private final RateLimiter perClient;

	private final RateLimiter clientFlood;

	private final RateLimiter perPhone;

	private final RateLimiter phoneNotices;

	/**
	 * @param wording the content's sentences, which a 429 problem says (it ends with the
	 * escalation message)
	 */
	public RateLimits(RateLimitProperties properties, Wording wording, Ticker ticker) {
		this(properties, wording, ticker, null);
	}

	/**
	 * @param shared buckets every node counts in, or {@code null} to count on this node
	 * only
	 */
	RateLimits(RateLimitProperties properties, Wording wording, Ticker ticker, SharedBuckets shared) {
		Objects.requireNonNull(properties, "properties");
		long maxKeys = properties.maxTrackedKeys();
		boolean on = properties.enabled();
		this.perSession = new RateLimiter("session", properties.perSession(), maxKeys, ticker, wording, on, shared);
		this.perClient = new RateLimiter("client", properties.perClient(), maxKeys, ticker, wording, on, shared);
		this.clientFlood = new RateLimiter("client-flood", properties.perClient(), maxKeys, ticker, wording, on,
				shared);
		this.perPhone = new RateLimiter("phone", properties.perPhone(), maxKeys, ticker, wording, on, shared);
		this.phoneNotices = new RateLimiter("phone-notice",
				new RateLimitProperties.Rate(1, properties.perPhone().window()), maxKeys, ticker, wording, on, shared);
	}

	/** Keyed by the hashed session key of a {@code ChatTurn}. */
	public RateLimiter perSession() {
		return this.perSession;
	}

	/** Keyed by the client address; used by {@link ClientRateLimitFilter}. */
	public RateLimiter perClient() {
		return this.perClient;
	}

	/**
	 * Requests a client sends while over {@link #perClient()}: they are still read, so
	 * the safety screen can answer a crisis, until this second allowance is spent too and
	 * the filter refuses them unread.
	 */
	RateLimiter clientFlood() {
		return this.clientFlood;
	}

	/**
	 * How long the client of this exchange must wait, when {@link ClientRateLimitFilter}
	 * found it over its limit; the channel answers safety messages anyway and throttles
	 * the rest.
	 */
	public static Optional<Duration> clientWait(ServerWebExchange exchange) {
		return Optional.ofNullable(exchange.getAttribute(CLIENT_WAIT));
	}

	/**
	 * Keyed by the phone number's hash ({@code IdentifierHasher.hash("sms", phone)}),
	 * never the number.
	 */
	public RateLimiter perPhone() {
		return this.perPhone;
	}

	/**
	 * For a phone over its limit: whether to tell the sender, which is true once in a
	 * window, so a flood does not cost an outgoing message per incoming one. The channel
	 * words the notice.
	 * @param phoneHash the same hash as for {@link #perPhone()}
	 */
	public Mono<Boolean> noticeDue(String phoneHash) {
		return this.phoneNotices.acquire(phoneHash).map(Optional::isEmpty);
	}

	List<RateLimiter> all() {
		return List.of(this.perSession, this.perClient, this.clientFlood, this.perPhone);
	}

}
