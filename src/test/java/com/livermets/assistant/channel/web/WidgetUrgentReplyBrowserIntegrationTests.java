package com.livermets.assistant.channel.web;

import java.util.List;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ChatServiceMocks;
import com.livermets.assistant.chat.ReplyKind;
import com.livermets.assistant.safety.Triage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

/**
 * How the widget presents replies the pipeline decides on: emergency and crisis replies
 * of any wording (other emergency numbers, several numbers, text lines), a restored
 * urgent reply, and the wait for a slow answer. The shared pipeline spy is stubbed so
 * each case is exact; the real pipeline, safety rules included, is exercised by
 * {@link WidgetBrowserIntegrationTests}.
 */
@Tag("browser")
class WidgetUrgentReplyBrowserIntegrationTests extends AbstractIntegrationTests {

	private static final String ESCALATION = "If you have any concerns, contact your doctor.";

	@RegisterExtension
	static final Browser browser = new Browser();

	private WidgetPage page;

	@BeforeEach
	void newVisitor() {
		ChatServiceMocks.admitThroughReply(this.chat, 1000);
		this.page = new WidgetPage(browser.driver(), this.port).loadAsNewVisitor().open();
	}

	@Test
	void emergencyReplyIsAnnouncedAndTheNumberCanBeCalled() {
		replyWith(urgent(Triage.EMERGENCY,
				"This may be an emergency. Call 911 or go to the nearest emergency room now."));

		WebElement reply = this.page.ask("I'm vomiting blood");

		assertThat(reply.getAttribute("role")).isEqualTo("alert");
		assertThat(reply.getAttribute("class")).contains("lmw-triage-emergency");
		assertThat(reply.findElement(By.cssSelector(".lmw-triage-heading")).getText())
			.as("said in words, not by colour alone")
			.containsIgnoringCase("emergency");
		assertThat(reply.findElement(By.cssSelector(".lmw-text a[href='tel:911']")).getText()).isEqualTo("911");
		assertThat(reply.findElement(By.cssSelector("a.lmw-call[href='tel:911']")).getText()).isEqualTo("Call 911");
		assertThat(reply.getText()).contains(ESCALATION);
		assertThat(AxeCheck.seriousViolations(browser.driver())).isEmpty();
	}

	@Test
	void crisisReplyLinksTheCrisisLine() {
		replyWith(urgent(Triage.CRISIS, "You deserve support right now. Call or text 988, or call 1-800-273-8255."));

		WebElement reply = this.page.ask("I don't want to go on");

		assertThat(reply.getAttribute("role")).isEqualTo("alert");
		assertThat(reply.findElement(By.cssSelector(".lmw-triage-heading")).getText()).containsIgnoringCase("crisis");
		assertThat(reply.findElements(By.cssSelector(".lmw-text a"))).extracting((link) -> link.getAttribute("href"))
			.containsExactly("tel:988", "tel:18002738255");
		assertThat(reply.findElements(By.cssSelector("a.lmw-call")))
			.extracting((link) -> link.getAttribute("href"), WebElement::getText)
			.containsExactly(tuple("tel:988", "Call 988"), tuple("tel:18002738255", "Call 1-800-273-8255"),
					tuple("sms:988", "Text 988"));
		assertThat(AxeCheck.seriousViolations(browser.driver())).isEmpty();
	}

	@Test
	void restoredUrgentReplyKeepsItsStyleButIsNotAnnouncedAgain() {
		replyWith(urgent(Triage.EMERGENCY, "Call 911 now."));
		this.page.ask("I can't breathe");

		this.page.reload().open();

		WebElement restored = this.page.answer(1);
		assertThat(restored.getAttribute("class")).contains("lmw-triage-emergency");
		assertThat(restored.getAttribute("role")).isNull();
		assertThat(restored.findElement(By.cssSelector("a[href='tel:911']")).isDisplayed()).isTrue();
	}

	@Test
	void showsThatTheAssistantIsTypingUntilTheAnswerArrives() {
		Sinks.One<ChatReply> pending = Sinks.one();
		doReturn(pending.asMono()).when(this.chat).reply(any());

		this.page.input().sendKeys("What are liver metastases?", Keys.ENTER);

		WebElement typing = this.page.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lmw-log .lmw-typing")));
		assertThat(typing.getText()).isEqualTo("The assistant is typing");
		pending.tryEmitValue(new ChatReply(ReplyKind.ANSWER, "definition", 0.9, Triage.NONE, "An answer.", null,
				ESCALATION, List.of(), List.of(), null));
		assertThat(this.page.answer(1).getText()).contains("An answer.");
		assertThat(browser.driver().findElements(By.cssSelector(".lmw-typing"))).isEmpty();
	}

	private void replyWith(ChatReply reply) {
		doReturn(Mono.just(reply)).when(this.chat).reply(any());
	}

	private static ChatReply urgent(Triage triage, String text) {
		return new ChatReply(ReplyKind.SAFETY, null, 1.0, triage, text, null, ESCALATION, List.of(), List.of(),
				"test-rule");
	}

}
