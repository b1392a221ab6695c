package com.livermets.assistant.channel.sms;

import java.util.Map;
import java.util.Objects;

import com.livermets.assistant.chat.Channel;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.chat.PendingReplies;
import com.livermets.assistant.chat.Throttle;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.ratelimit.RateLimits;
import reactor.core.publisher.Mono;

/**
 * The SMS rules every provider shares: once per message id, opt-out keywords and the
 * suppression list, HELP, "MORE", numbered suggestions, and fitting replies into two
 * segments. Everything else is the chat pipeline's.
 */
public final class SmsConversation {

	private final ChatService chat;

	private final Wording wording;

	private final OptOuts suppressionList;

	private final PendingReplies pending;

	private final OncePerMessage processed;

	private final RateLimits limits;

	private final SmsComposer composer = new SmsComposer();

	SmsConversation(ChatService chat, Wording wording, OptOuts suppressionList, PendingReplies pending,
			OncePerMessage processed, RateLimits limits) {
		this.chat = Objects.requireNonNull(chat, "chat");
		this.wording = Objects.requireNonNull(wording, "wording");
		this.suppressionList = Objects.requireNonNull(suppressionList, "suppressionList");
		this.pending = Objects.requireNonNull(pending, "pending");
		this.processed = Objects.requireNonNull(processed, "processed");
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/**
	 * The reply to {@code sms}; a retried delivery of the same message gets the same
	 * reply, processed once.
	 */
	public Mono<SmsReply> respond(InboundSms sms) {
		return this.processed.once(sms.gateway() + ":" + sms.messageId(), () -> process(sms));
	}

	private Mono<SmsReply> process(InboundSms sms) {
		String sender = sms.senderKey();
		return switch (SmsKeyword.of(sms.body())) {
			case OPT_OUT ->
				this.suppressionList.add(sender).then(this.pending.drop(sender)).thenReturn(SmsReply.silent());
			case OPT_IN ->
				this.suppressionList.remove(sender).then(Mono.fromSupplier(() -> say(Wording.Key.SMS_RESUMED)));
			// Carriers expect HELP to be answered always, opted out or not; it sends
			// nothing else.
			case HELP -> this.suppressionList.contains(sender)
				.flatMap((suppressed) -> suppressed ? Mono.just(say(Wording.Key.SMS_HELP)) : converse(sms));
			default -> this.suppressionList.contains(sender)
				.flatMap((suppressed) -> suppressed ? Mono.just(SmsReply.silent()) : converse(sms));
		};
	}

	/**
	 * Safety first: a crisis or emergency text is answered whatever its length, however
	 * fast the sender writes, and whatever "MORE" or a numbered suggestion would have
	 * meant.
	 */
	private Mono<SmsReply> converse(InboundSms sms) {
		return this.chat.screen(new ChatTurn(Channel.SMS, sms.senderKey(), sms.body()))
			.flatMap((safety) -> safety.isPresent() ? send(sms.senderKey(), safety.get()) : converseSafely(sms));
	}

	private Mono<SmsReply> converseSafely(InboundSms sms) {
		String body = sms.body().strip();
		SmsKeyword keyword = SmsKeyword.of(body);
		if (keyword == SmsKeyword.MORE) {
			// The rest of an answer already given is not limited: it is bounded by that
			// answer's length.
			return this.pending.next(sms.senderKey())
				.flatMap((next) -> next.isPresent() ? Mono.just(SmsReply.message(next.get()))
						// Nothing queued: "more" goes to the pipeline like any other
						// message.
						: limitThenAnswer(sms, body, keyword));
		}
		return limitThenAnswer(sms, body, keyword);
	}

	private Mono<SmsReply> limitThenAnswer(InboundSms sms, String body, SmsKeyword keyword) {
		// Opt-out always works (handled before); everything else, HELP included, counts
		// against the limit.
		return this.limits.perPhone().acquire(sms.senderKey()).flatMap((wait) -> {
			if (wait.isPresent()) {
				return this.limits.noticeDue(sms.senderKey())
					.map((due) -> due ? say(Wording.Key.SMS_THROTTLED) : SmsReply.silent());
			}
			if (keyword == SmsKeyword.HELP || body.isEmpty()) {
				return Mono.just(say(Wording.Key.SMS_HELP));
			}
			return this.pending.option(sms.senderKey(), body)
				.flatMap((option) -> answer(sms, option.orElse(sms.body())));
		});
	}

	private Mono<SmsReply> answer(InboundSms sms, String message) {
		return this.chat.admit(new ChatTurn(Channel.SMS, sms.senderKey(), message), Throttle.NONE)
			.flatMap((outcome) -> outcome.render((reply) -> send(sms.senderKey(), reply),
					(length, max) -> Mono
						.just(fixed(this.wording.text(Wording.Key.SMS_TOO_LONG, Map.of("length", length, "max", max)))),
					// the phone's limit was counted above, once per text
					(wait) -> Mono.just(SmsReply.silent())));
	}

	private Mono<SmsReply> send(String sender, ChatReply reply) {
		SmsMessages messages = this.composer.compose(reply);
		// what MORE and the numbers mean next lives in the conversation, beside its topic
		return this.pending.hold(sender, messages.queued(), messages.suggestions())
			.thenReturn(SmsReply.message(messages.first()));
	}

	/** One of the service's own sentences, as a {@link #fixed(String) fixed text}. */
	private SmsReply say(Wording.Key key) {
		return fixed(this.wording.text(key));
	}

	/**
	 * A fixed text; it leaves "MORE" and the numbered suggestions of the last answer in
	 * place.
	 */
	private SmsReply fixed(String text) {
		return SmsReply.message(this.composer.compose(text, this.wording.escalation()).first());
	}

}
