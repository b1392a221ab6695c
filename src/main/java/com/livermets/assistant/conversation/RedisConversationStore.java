package com.livermets.assistant.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import com.livermets.assistant.state.RedisState;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.script.RedisScript;

/**
 * Conversation state in Redis, as JSON under {@code <prefix>conversation:<session hash>}
 * (never a raw phone number or session id), expiring after the idle expiry like the
 * embedded store: each read renews it (GETEX), each write sets it.
 */
public final class RedisConversationStore implements ConversationStore {

	/**
	 * Writes the new state only if the stored one is still the one the change was made
	 * from ("" standing for none), so two nodes changing one session never lose a change.
	 */
	private static final RedisScript<Long> COMPARE_AND_SET = RedisScript.of("""
			local current = redis.call('GET', KEYS[1])
			if (current or '') ~= ARGV[1] then return 0 end
			redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
			return 1
			""", Long.class);

	/**
	 * Conflicts are two messages of one person at once; a few tries, with a short random
	 * wait so the losers do not collide again, settle them.
	 */
	private static final Retry ON_CONFLICT = Retry.backoff(20, Duration.ofMillis(2))
		.maxBackoff(Duration.ofMillis(50))
		.jitter(0.5)
		.filter(ChangedMeanwhile.class::isInstance);

	private final RedisState redis;

	private final Duration idleExpiry;

	private final JsonMapper json = JsonMapper.builder().build();

	public RedisConversationStore(RedisState redis, SessionProperties properties) {
		this.redis = Objects.requireNonNull(redis, "redis");
		this.idleExpiry = properties.idleExpiry();
	}

	@Override
	public Mono<ConversationState> load(String sessionKey) {
		return this.redis.call((redis) -> redis.opsForValue().getAndExpire(key(sessionKey), this.idleExpiry))
			.map(this::read)
			.defaultIfEmpty(ConversationState.NEW);
	}

	@Override
	public Mono<Void> save(String sessionKey, ConversationState state) {
		String json = write(state);
		return this.redis.call((redis) -> redis.opsForValue().set(key(sessionKey), json, this.idleExpiry)).then();
	}

	@Override
	public Mono<ConversationState> update(String sessionKey, UnaryOperator<ConversationState> change) {
		String key = key(sessionKey);
		return this.redis.call((redis) -> redis.opsForValue().get(key)).defaultIfEmpty("").flatMap((current) -> {
			ConversationState next = change.apply(current.isEmpty() ? ConversationState.NEW : read(current));
			if (current.isEmpty() && ConversationState.NEW.equals(next)) {
				return Mono.just(next);
			}
			List<String> args = List.of(current, write(next), Long.toString(this.idleExpiry.toMillis()));
			return this.redis.call((redis) -> redis.execute(COMPARE_AND_SET, List.of(key), args).next())
				.flatMap((written) -> (written == 1) ? Mono.just(next) : Mono.error(new ChangedMeanwhile()));
		}).retryWhen(ON_CONFLICT);
	}

	private String key(String sessionKey) {
		return this.redis.key("conversation", sessionKey);
	}

	private ConversationState read(String json) {
		return this.json.readValue(json, ConversationState.class);
	}

	private String write(ConversationState state) {
		return this.json.writeValueAsString(state);
	}

	/** Another turn of the same session wrote first; the change is made again. */
	private static final class ChangedMeanwhile extends RuntimeException {

		ChangedMeanwhile() {
			super("the conversation changed meanwhile", null, false, false);
		}

	}

}
