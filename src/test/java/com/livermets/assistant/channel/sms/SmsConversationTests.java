package com.livermets.assistant.channel.sms;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.chat.Channel;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.chat.ChatServiceMocks;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.chat.PendingReplies;
import com.livermets.assistant.chat.ReplyKind;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.content.Wordings;
import com.livermets.assistant.conversation.ConversationState;
import com.livermets.assistant.conversation.SessionProperties;
import com.livermets.assistant.conversation.SessionStore;
import com.livermets.assistant.ratelimit.RateLimitFixtures;
import com.livermets.assistant.safety.Triage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static com.livermets.assistant.channel.sms.SmsComposerTests.ESCALATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The provider-neutral SMS rules, with the pipeline replaced by a mock. */
class SmsConversationTests {

	private static final String SENDER = "sms-0123456789abcdef";

	private static final int PHONE_LIMIT = 10;

	@TempDir
	Path directory;

	private final ChatService chat = mock(ChatService.class);

	/**
	 * The conversation state the pipeline keeps; the SMS channel keeps nothing of its own
	 * between texts.
	 */
	private final SessionStore sessions = new SessionStore(new SessionProperties(100, Duration.ofMinutes(30)),
			Ticker.systemTicker());

	private SmsProperties properties;

	private Wording wording;

	private SuppressionList suppressionList;

	private SmsConversation conversation;

	private int nextId;

	@BeforeEach
	void setUp() {
		this.properties = new SmsProperties("token", "https://example.org/sms/twilio", true,
				this.directory.resolve("s.mv.db"), Duration.ofHours(1), 100);
		this.wording = Wordings.with(Map.of(Wording.Key.SMS_HELP, "Help text.", Wording.Key.SMS_RESUMED,
				"Resumed text.", Wording.Key.SMS_THROTTLED, "Too many messages; please wait a minute."));
		ChatServiceMocks.admitThroughReply(this.chat, 20);
		this.suppressionList = new SuppressionList(this.properties.suppressionFile(), Clock.systemUTC());
		this.conversation = smsChannel();
	}

	/**
	 * A new SMS channel, as after a restart of its beans, over the same conversation
	 * state.
	 */
	private SmsConversation smsChannel() {
		return new SmsConversation(this.chat, this.wording, this.suppressionList, new PendingReplies(this.sessions),
				new ProcessedMessages(this.properties, Ticker.systemTicker()),
				RateLimitFixtures.perPhonePerHour(PHONE_LIMIT, ESCALATION));
	}

	@AfterEach
	void tearDown() {
		this.suppressionList.close();
	}

	@Test
	void concurrentDeliveriesOfOneMessageRunThePipelineOnceAndShareTheReply() {
		Sinks.One<ChatReply> pipeline = Sinks.one();
		when(this.chat.reply(any())).thenReturn(pipeline.asMono());
		InboundSms sms = new InboundSms("twilio", "SM1", SENDER, "question");

		// The suppression check hops to another thread, so wait for the pipeline call
		// instead of assuming it.
		Mono<SmsReply> first = this.conversation.respond(sms).cache();
		Mono<SmsReply> retry = this.conversation.respond(sms).cache();
		first.subscribe();
		retry.subscribe();
		verify(this.chat, timeout(5000).times(1)).reply(any());

		pipeline.tryEmitValue(answer("The answer.", List.of()));
		SmsReply reply = first.block(Duration.ofSeconds(5));
		assertThat(reply.text()).startsWith("The answer.");
		assertThat(retry.block(Duration.ofSeconds(5))).isEqualTo(reply);
		this.conversation.respond(sms).block(Duration.ofSeconds(5));
		verify(this.chat, times(1)).reply(any());
	}

	@Test
	void aDeliveryThatFailedIsProcessedAgainWhenRetried() {
		when(this.chat.reply(any())).thenReturn(Mono.error(new IllegalStateException("boom")),
				Mono.just(answer("The answer.", List.of())));
		InboundSms sms = new InboundSms("twilio", "SM1", SENDER, "question");

		assertThat(this.conversation.respond(sms).onErrorReturn(SmsReply.silent()).block())
			.isEqualTo(SmsReply.silent());
		assertThat(this.conversation.respond(sms).block().text()).startsWith("The answer.");
		verify(this.chat, times(2)).reply(any());
	}

	@Test
	void theSameMessageIdFromAnotherGatewayIsAnotherMessage() {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of())));

		send("twilio", "SM1", "question");
		send("vonage", "SM1", "question");

		verify(this.chat, times(2)).reply(any());
	}

	@Test
	void aNumberPicksTheSuggestionOfTheLastReply() {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of("First?", "Second?"))));
		ArgumentCaptor<ChatTurn> turns = ArgumentCaptor.forClass(ChatTurn.class);

		send("question");
		send(" 2 ");
		send("3");

		verify(this.chat, times(3)).reply(turns.capture());
		assertThat(turns.getAllValues()).extracting(ChatTurn::message).containsExactly("question", "Second?", "3");
		assertThat(turns.getAllValues()).allSatisfy((turn) -> {
			assertThat(turn.channel()).isEqualTo(Channel.SMS);
			assertThat(turn.sessionKey()).isEqualTo(SENDER);
		});
	}

	@Test
	void moreAndANumberWorkThroughTheConversationStateAlone() {
		when(this.chat.reply(any())).thenReturn(Mono.just(detailed(List.of("First?", "Second?"))));
		assertThat(send("question")).startsWith("The answer.\nReply 1 for First?\nReply 2 for Second?");
		int parts = this.sessions.get(SENDER).pending().parts().size();
		assertThat(parts).as("the rest of the answer, held in the conversation").isPositive();
		assertThat(this.sessions.get(SENDER).pending().numbered()).containsExactly("First?", "Second?");

		this.conversation = smsChannel();
		assertThat(send("MORE")).startsWith("word");
		assertThat(this.sessions.get(SENDER).pending().parts()).hasSize(parts - 1);
		send("2");

		ArgumentCaptor<ChatTurn> turns = ArgumentCaptor.forClass(ChatTurn.class);
		verify(this.chat, times(2)).reply(turns.capture());
		assertThat(turns.getAllValues()).extracting(ChatTurn::message).containsExactly("question", "Second?");
	}

	@Test
	void whatIsPendingIsForgottenWithTheConversation() {
		when(this.chat.reply(any())).thenReturn(Mono.just(detailed(List.of("First?"))));
		send("question");

		// each reply holds the rest and numbers anew, so the conversation is forgotten
		// before each message
		this.sessions.clear(SENDER);
		send("MORE");
		this.sessions.clear(SENDER);
		send("1");

		verify(this.chat).reply(new ChatTurn(Channel.SMS, SENDER, "MORE"));
		verify(this.chat).reply(new ChatTurn(Channel.SMS, SENDER, "1"));
	}

	@Test
	void stopForgetsWhatIsPendingButNotTheTopic() {
		this.sessions.put(SENDER, ConversationState.NEW.next("definition", List.of(), false));
		when(this.chat.reply(any())).thenReturn(Mono.just(detailed(List.of("First?"))));
		send("question");

		send("STOP");
		assertThat(this.sessions.get(SENDER).pending()).isEqualTo(ConversationState.Pending.NONE);
		assertThat(this.sessions.get(SENDER).topic()).isEqualTo("definition");
		send("START");
		send("MORE");

		verify(this.chat).reply(new ChatTurn(Channel.SMS, SENDER, "MORE"));
	}

	@Test
	void moreWithNothingQueuedGoesToThePipeline() {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of())));

		send("more");

		verify(this.chat).reply(new ChatTurn(Channel.SMS, SENDER, "more"));
	}

	@Test
	void anOverLongMessageIsRefusedPolitelyWithoutThePipeline() {
		assertThat(send("x".repeat(21)))
			.isEqualTo("Your message has 21 characters; please send at most 20.\n" + ESCALATION);
		verify(this.chat, never()).reply(any());
	}

	@Test
	void anEmptyMessageGetsTheHelpText() {
		assertThat(send("   ")).isEqualTo("Help text.\n" + ESCALATION);
		verify(this.chat, never()).reply(any());
	}

	@Test
	void anUrgentReplyIsSentFirstAndWhole() {
		when(this.chat.reply(any())).thenReturn(Mono.just(new ChatReply(ReplyKind.SAFETY, null, 1.0, Triage.CRISIS,
				"Please call a crisis line now.", null, ESCALATION, List.of(), List.of(), "crisis")));

		assertThat(send("question")).isEqualTo("Please call a crisis line now.\n" + ESCALATION);
	}

	@Test
	void aPhoneOverItsLimitGetsOnePoliteNoticeThenSilenceAndNoPipelineWork() {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of())));
		for (int i = 0; i < PHONE_LIMIT; i++) {
			assertThat(send("question " + i)).startsWith("The answer.");
		}

		assertThat(send("one more")).isEqualTo("Too many messages; please wait a minute.\n" + ESCALATION);
		assertThat(
				this.conversation.respond(new InboundSms("twilio", "SM-flood", SENDER, "and more")).block().message())
			.isEmpty();
		assertThat(send("HELP")).as("HELP counts too").isNull();
		verify(this.chat, times(PHONE_LIMIT)).reply(any());
	}

	@Test
	void theRestOfAnAnswerIsNotLimited() {
		String longAnswer = "word ".repeat(400).strip();
		when(this.chat.reply(any())).thenReturn(Mono.just(answer(longAnswer, List.of())));
		for (int i = 0; i < PHONE_LIMIT; i++) {
			send("question " + i);
		}
		for (int i = 0; i < 3; i++) {
			assertThat(send("MORE")).startsWith("word");
		}
		verify(this.chat, times(PHONE_LIMIT)).reply(any());
	}

	@Test
	void optOutWorksEvenOverTheLimit() {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of())));
		for (int i = 0; i <= PHONE_LIMIT; i++) {
			send("question " + i);
		}
		send("STOP");
		assertThat(this.suppressionList.contains(SENDER).block()).isTrue();
	}

	@Test
	void helpFromANumberThatSentStopStillGetsTheHelpTextAndNothingElse() {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of())));
		assertThat(send("STOP")).isNull();

		assertThat(send("help")).isEqualTo("Help text.\n" + ESCALATION);
		assertThat(send("question")).as("still opted out").isNull();
		assertThat(this.suppressionList.contains(SENDER).block()).isTrue();
		verify(this.chat, never()).reply(any());
	}

	@Test
	void aStopThatCannotBeWrittenFailsLoudlyIsCountedAndIsStillHonoured() throws Exception {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of())));
		assertThat(send("question")).startsWith("The answer.");
		// Deleted under a running store: its writes would go to an unlinked file and be
		// lost at restart.
		java.nio.file.Files.delete(this.directory.resolve("s.mv.db"));

		assertThatThrownBy(() -> send("STOP")).isInstanceOf(SuppressionStoreException.class);
		assertThat(this.suppressionList.failures()).isEqualTo(1);
		assertThat(send("question")).as("no text to a number whose opt-out is not on disk").isNull();
		assertThatThrownBy(() -> send("START")).as("an opt-in cannot be trusted to the disk either")
			.isInstanceOf(SuppressionStoreException.class);
		assertThat(send("question")).isNull();
		verify(this.chat, times(1)).reply(any());
	}

	@Test
	void aStoreThatCannotBeReadFailsClosed() {
		when(this.chat.reply(any())).thenReturn(Mono.just(answer("The answer.", List.of())));
		this.suppressionList.close();

		assertThat(send("question")).as("state unknown: no text").isNull();
		assertThat(send("HELP")).isEqualTo("Help text.\n" + ESCALATION);
		assertThat(this.suppressionList.failures()).isEqualTo(2);
		verify(this.chat, never()).reply(any());
	}

	private String send(String body) {
		return send("twilio", "SM" + (++this.nextId), body);
	}

	private String send(String gateway, String messageId, String body) {
		return this.conversation.respond(new InboundSms(gateway, messageId, SENDER, body)).block().text();
	}

	/** A short answer with suggestions, and details long enough for several "MORE"s. */
	private static ChatReply detailed(List<String> suggestions) {
		return new ChatReply(ReplyKind.ANSWER, "definition", 0.9, Triage.NONE, "The answer.",
				"word ".repeat(400).strip(), ESCALATION, List.of(), suggestions, null);
	}

	private static ChatReply answer(String text, List<String> suggestions) {
		return new ChatReply(ReplyKind.ANSWER, "definition", 0.9, Triage.NONE, text, null, ESCALATION, List.of(),
				suggestions, null);
	}

}
