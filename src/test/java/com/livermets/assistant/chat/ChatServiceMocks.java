package com.livermets.assistant.chat;

import java.time.Duration;
import java.util.Optional;

import reactor.core.publisher.Mono;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;

/**
 * For channel tests with a mocked or spied {@link ChatService}: the safety screen finds
 * nothing, and admission checks the length and the throttle as the real service does,
 * then hands the turn to {@link ChatService#reply}, which the test stubs and verifies.
 * Stubbed with {@code doReturn}, which never calls a spy's real method.
 */
public final class ChatServiceMocks {

	private ChatServiceMocks() {
	}

	public static void admitThroughReply(ChatService chat, int maxMessageLength) {
		doReturn(Mono.just(Optional.empty())).when(chat).screen(any());
		doAnswer((invocation) -> {
			ChatTurn turn = invocation.getArgument(0);
			Throttle throttle = invocation.getArgument(1);
			int length = turn.message().codePointCount(0, turn.message().length());
			if (length > maxMessageLength) {
				return Mono.just(new TurnOutcome.TooLong(length, maxMessageLength));
			}
			return throttle.tryAcquire()
				.flatMap((wait) -> wait.isPresent() ? Mono.just(new TurnOutcome.Throttled(wait.get()))
						: chat.reply(turn).map(TurnOutcome.Answered::new));
		}).when(chat).admit(any(), any());
	}

}
