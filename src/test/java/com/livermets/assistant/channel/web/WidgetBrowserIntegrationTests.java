package com.livermets.assistant.channel.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.livermets.assistant.AbstractIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo page and its widget in a real (headless) Chromium against the real chat
 * pipeline. One browser serves the whole class; each test starts as a new visitor.
 */
@Tag("browser")
class WidgetBrowserIntegrationTests extends AbstractIntegrationTests {

	private static final String QUESTION = "What are liver metastases?";

	@RegisterExtension
	static final Browser browser = new Browser();

	private WidgetPage page;

	@BeforeEach
	void newVisitor() {
		browser.resetViewport();
		online(true);
		this.page = new WidgetPage(browser.driver(), this.port).loadAsNewVisitor();
		browser.consoleErrors(); // start each test with an empty console
	}

	@Test
	void answersAQuestionWithItsSource() {
		this.page.open();
		WebElement answer = this.page.ask(QUESTION);

		assertThat(answer.findElement(By.cssSelector(".lmw-text")).getText()).contains("cancerous tumors");
		WebElement sources = answer.findElement(By.cssSelector("details.lmw-sources"));
		WebElement summary = sources.findElement(By.tagName("summary"));
		assertThat(summary.getText()).isEqualTo("From: Liver metastases: patient education page");
		WebElement passage = sources.findElement(By.tagName("blockquote"));
		assertThat(passage.isDisplayed()).as("passages are folded until asked for").isFalse();
		summary.click();
		assertThat(passage.getText()).contains("spread (metastasized) to the liver");
		assertThat(this.page.escalation().getText()).isEqualTo("If you have any concerns, contact your doctor.");
		assertThat(this.page.escalation().isDisplayed()).isTrue();
		assertThat(browser.consoleErrors()).as("no CSP violation or script error under default-src 'self'").isEmpty();
	}

	@Test
	void sendsASuggestionWhenItIsClicked() {
		this.page.open();
		this.page.ask(QUESTION);
		List<WebElement> suggestions = this.page.suggestions();
		assertThat(suggestions).isNotEmpty();
		String suggestion = suggestions.get(0).getText();

		suggestions.get(0).click();

		WebElement answer = this.page.answer(2);
		assertThat(this.page.questions()).containsExactly(QUESTION, suggestion);
		assertThat(answer.findElement(By.cssSelector(".lmw-text")).getText()).isNotBlank();
		assertThat(this.page.suggestions()).as("only the latest answer offers suggestions")
			.allSatisfy(
					(button) -> assertThat(button.findElement(By.xpath("ancestor::div[contains(@class,'lmw-bot')]")))
						.isEqualTo(answer));
	}

	@Test
	void isUsableByKeyboardAlone() {
		tabUntil(this.page.launcher());
		assertThat(this.page.launcher().getAttribute("aria-expanded")).isEqualTo("false");

		this.page.press(Keys.ENTER);
		assertThat(this.page.launcher().getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(this.page.focused()).as("opening moves focus to the question field").isEqualTo(this.page.input());

		this.page.press(QUESTION, Keys.ENTER);
		WebElement answer = this.page.answer(1);
		assertThat(this.page.focused()).isEqualTo(this.page.input());

		// Back from the field: the last suggestion, then the sources note, which opens
		// with Enter.
		this.page.press(Keys.chord(Keys.SHIFT, Keys.TAB));
		List<WebElement> suggestions = this.page.suggestions();
		assertThat(this.page.focused()).isEqualTo(suggestions.get(suggestions.size() - 1));
		WebElement sources = answer.findElement(By.cssSelector("details.lmw-sources"));
		tabBackUntil(sources.findElement(By.tagName("summary")));
		this.page.press(Keys.ENTER);
		assertThat(sources.getAttribute("open")).isNotNull();

		tabUntil(suggestions.get(0));
		String suggestion = suggestions.get(0).getText();
		this.page.press(Keys.ENTER);
		this.page.answer(2);
		assertThat(this.page.questions()).containsExactly(QUESTION, suggestion);
		assertThat(this.page.focused()).as("focus is not lost with the used suggestion").isEqualTo(this.page.input());

		this.page.press(Keys.ESCAPE);
		assertThat(this.page.isOpen()).isFalse();
		assertThat(this.page.launcher().getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(this.page.focused()).as("Esc returns focus to the launcher").isEqualTo(this.page.launcher());
	}

	@Test
	void showsAnEmergencyFromTheSafetyRulesUnmistakably() {
		this.page.open();

		WebElement reply = this.page.ask("I'm vomiting blood");

		assertThat(reply.getAttribute("role")).isEqualTo("alert");
		assertThat(reply.getAttribute("class")).contains("lmw-triage-emergency");
		assertThat(reply.findElement(By.cssSelector(".lmw-triage-heading")).getText())
			.containsIgnoringCase("emergency");
		assertThat(reply.findElement(By.cssSelector(".lmw-text a[href='tel:911']")).getText()).isEqualTo("911");
		assertThat(reply.findElement(By.cssSelector("a.lmw-call[href='tel:911']")).isDisplayed()).isTrue();
		assertThat(reply.getText()).contains("If you have any concerns, contact your doctor.");
		assertThat(this.page.suggestions()).as("nothing distracts from the emergency").isEmpty();
	}

	@Test
	void keepsTheConversationAfterAReload() {
		this.page.open();
		this.page.ask(QUESTION);
		String sessionId = this.page.sessionId();
		assertThat(sessionId).isNotBlank();

		this.page.reload();

		assertThat(this.page.isOpen()).as("the panel stays open").isTrue();
		assertThat(this.page.questions()).containsExactly(QUESTION);
		WebElement restored = this.page.answer(1);
		assertThat(restored.getText()).contains("cancerous tumors");
		assertThat(restored.findElement(By.cssSelector("details.lmw-sources summary")).getText()).startsWith("From: ");
		assertThat(this.page.suggestions()).isNotEmpty();

		this.page.ask("Which cancers spread to the liver?");
		assertThat(this.page.sessionId()).as("the same conversation continues").isEqualTo(sessionId);
		assertThat(this.page.questions()).hasSize(2);
	}

	@Test
	void explainsARejectedMessageAndKeepsItForEditing() {
		this.page.open();
		String tooLong = "why ".repeat(260).strip();
		this.page.input().sendKeys(tooLong, Keys.ENTER);

		WebElement error = this.page.error();
		assertThat(error.getAttribute("role")).isEqualTo("alert");
		assertThat(error.getText()).contains("could not be sent").contains("at most 1000 are allowed");
		assertThat(error.findElement(By.cssSelector("button.lmw-retry")).isDisplayed()).isTrue();
		assertThat(this.page.input().getAttribute("value")).isEqualTo(tooLong);
		assertThat(this.page.sessionId()).as("nothing stored for a refused message").isNull();
	}

	@Test
	void retriesTheSameMessageAfterTheServiceWasUnreachable() {
		this.page.open();
		online(false);
		this.page.input().sendKeys(QUESTION, Keys.ENTER);

		WebElement error = this.page.error();
		assertThat(error.getText()).contains("could not be reached");

		online(true);
		error.findElement(By.cssSelector("button.lmw-retry")).click();

		this.page.waitUntilNoError();
		assertThat(this.page.answer(1).getText()).contains("cancerous tumors");
		assertThat(this.page.questions()).as("the question is shown once").containsExactly(QUESTION);
	}

	@Test
	void saysHowLongToWaitWhenRateLimitedAndRetriesTheSameMessage() {
		this.page.open();
		WebElement error;
		try (NetworkInterceptor limiter = new NetworkInterceptor(browser.driver(),
				Route.matching((request) -> request.getUri().endsWith("/api/chat"))
					.to(() -> (request) -> new HttpResponse().setStatus(429)
						.addHeader("Retry-After", "30")
						.addHeader("Content-Type", "application/problem+json")
						.setContent(Contents.utf8String("{\"status\": 429, \"detail\": \"Too many requests\"}"))))) {
			this.page.input().sendKeys(QUESTION, Keys.ENTER);
			error = this.page.error();
		}

		assertThat(error.getText()).contains("Please wait 30 seconds");
		error.findElement(By.cssSelector("button.lmw-retry")).click();

		this.page.waitUntilNoError();
		assertThat(this.page.answer(1).getText()).contains("cancerous tumors");
		assertThat(this.page.questions()).containsExactly(QUESTION);
	}

	@Test
	void hasNoSeriousAccessibilityViolationsOnDesktopOrAt320Pixels() {
		this.page.open();
		WebElement answer = this.page.ask(QUESTION);
		answer.findElement(By.cssSelector("details.lmw-sources summary")).click();
		assertThat(AxeCheck.seriousViolations(browser.driver())).isEmpty();

		browser.emulateViewport(320, 720);
		ChromeDriver driver = browser.driver();
		assertThat(driver.executeScript("return window.innerWidth")).isEqualTo(320L);
		assertThat(driver.executeScript("return document.documentElement.scrollWidth")).as("no horizontal scrolling")
			.isEqualTo(320L);
		WebElement panel = driver.findElement(By.cssSelector(".lmw-panel"));
		assertThat(panel.getRect().getX()).isGreaterThanOrEqualTo(0);
		assertThat(panel.getRect().getX() + panel.getRect().getWidth()).isLessThanOrEqualTo(320);
		assertThat(AxeCheck.seriousViolations(driver)).isEmpty();
	}

	/**
	 * Not a check: leaves target/widget-screenshot.png, the picture kept in docs/ (copy
	 * it when the look changes).
	 */
	@Test
	void takesAScreenshotOfAConversation() throws IOException {
		browser.emulateViewport(1280, 960);
		this.page.open();
		WebElement answer = this.page.ask("Is there support for my family?");
		WebElement passage = answer.findElement(By.cssSelector("details.lmw-sources blockquote"));
		answer.findElement(By.cssSelector("details.lmw-sources summary")).click();
		this.page.waiting().until(ExpectedConditions.visibilityOf(passage));
		browser.driver().executeScript("arguments[0].scrollTop = arguments[0].scrollHeight", this.page.log());

		byte[] png = browser.driver().getScreenshotAs(OutputType.BYTES);
		Path target = Files.createDirectories(Path.of("target")).resolve("widget-screenshot.png");
		Files.write(target, png);
		assertThat(png).hasSizeGreaterThan(10_000);
	}

	private void tabUntil(WebElement element) {
		moveFocusUntil(element, Keys.TAB);
	}

	private void tabBackUntil(WebElement element) {
		moveFocusUntil(element, Keys.chord(Keys.SHIFT, Keys.TAB));
	}

	private void moveFocusUntil(WebElement element, CharSequence key) {
		for (int i = 0; i < 30 && !this.page.focused().equals(element); i++) {
			this.page.press(key);
		}
		assertThat(this.page.focused()).as("reachable with the keyboard").isEqualTo(element);
	}

	private static void online(boolean online) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(!online);
		browser.driver().setNetworkConditions(conditions);
	}

}
