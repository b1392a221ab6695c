package com.livermets.assistant.observability;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import com.livermets.assistant.chat.Channel;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.chat.ReplyKind;
import com.livermets.assistant.chat.TurnObserver;
import com.livermets.assistant.content.Content;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus metrics per turn. Labels are channel, intent, triage and safety rule only:
 * bounded names from code and content, never message text or any identifier.
 */
final class TurnMetrics implements TurnObserver {

	private final MeterRegistry registry;

	private final BoundedLabels intents;

	private final BoundedLabels rules = new BoundedLabels(Set.of(), 100);

	private final Map<Channel, Timer> latency = new EnumMap<>(Channel.class);

	private final Map<Channel, Counter> fallbacks = new EnumMap<>(Channel.class);

	private final LongAdder turnCount = new LongAdder();

	private final LongAdder fallbackCount = new LongAdder();

	TurnMetrics(MeterRegistry registry, Content content) {
		this.registry = registry;
		Set<String> known = new HashSet<>(content.responses().keySet());
		// the labels of replies that answer no intent are as bounded as the intents
		for (ReplyKind kind : ReplyKind.values()) {
			known.add(kind.label());
		}
		this.intents = new BoundedLabels(known, 20);
		for (Channel channel : Channel.values()) {
			this.latency.put(channel,
					Timer.builder("assistant.turn.duration")
						.description("Time the pipeline took to answer one turn")
						.tag("channel", channel.label())
						.publishPercentileHistogram()
						.minimumExpectedValue(Duration.ofNanos(10_000))
						.maximumExpectedValue(Duration.ofSeconds(2))
						.register(registry));
			this.fallbacks.put(channel,
					Counter.builder("assistant.turns.fallback")
						.description("Turns answered with the fallback because the service would not guess")
						.tag("channel", channel.label())
						.register(registry));
		}
		Gauge.builder("assistant.turns.fallback.ratio", this, TurnMetrics::fallbackRatio)
			.description("Share of all turns since start answered with the fallback")
			.register(registry);
	}

	@Override
	public void onTurn(ChatTurn turn, ChatReply reply, Duration elapsed) {
		Counter.builder("assistant.turns")
			.description("Answered turns")
			.tag("channel", turn.channel().label())
			.tag("intent", this.intents.label(reply.label()))
			.tag("triage", reply.triage().wireName())
			.tag("rule", this.rules.label(reply.safetyRule()))
			.register(this.registry)
			.increment();
		this.latency.get(turn.channel()).record(elapsed);
		this.turnCount.increment();
		if (reply.kind() == ReplyKind.FALLBACK) {
			this.fallbacks.get(turn.channel()).increment();
			this.fallbackCount.increment();
		}
	}

	private double fallbackRatio() {
		long turns = this.turnCount.sum();
		return (turns == 0) ? 0 : (double) this.fallbackCount.sum() / turns;
	}

}
