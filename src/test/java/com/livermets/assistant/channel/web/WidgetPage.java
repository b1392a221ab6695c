package com.livermets.assistant.channel.web;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo page and its chat widget, as a user sees them. Every wait is explicit; nothing
 * sleeps.
 */
final class WidgetPage {

	private static final By LAUNCHER = By.cssSelector(".lmw-launcher");

	private static final By PANEL = By.cssSelector(".lmw-panel");

	private static final By INPUT = By.cssSelector(".lmw-input");

	private static final By LOG = By.cssSelector(".lmw-log");

	private static final By ANSWERS = By.cssSelector(".lmw-log .lmw-bot:not(.lmw-welcome):not(.lmw-typing)");

	private static final By QUESTIONS = By.cssSelector(".lmw-log .lmw-user .lmw-text");

	private static final By ERROR = By.cssSelector(".lmw-log .lmw-error");

	private final ChromeDriver driver;

	private final String url;

	private final WebDriverWait wait;

	WidgetPage(ChromeDriver driver, int port) {
		this.driver = driver;
		this.url = "http://localhost:" + port + "/";
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	/** Loads the demo page with no conversation stored, as a new visitor. */
	WidgetPage loadAsNewVisitor() {
		this.driver.get(this.url);
		this.driver.executeScript("window.sessionStorage.clear()");
		return reload();
	}

	WidgetPage reload() {
		this.driver.navigate().refresh();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(LAUNCHER));
		return this;
	}

	WidgetPage open() {
		if (!isOpen()) {
			launcher().click();
		}
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(INPUT));
		return this;
	}

	boolean isOpen() {
		return this.driver.findElement(PANEL).isDisplayed();
	}

	/** Types a question and sends it with Enter, then waits for the answer to it. */
	WebElement ask(String question) {
		int before = answers().size();
		input().sendKeys(question, Keys.ENTER);
		return answer(before + 1);
	}

	/** Waits until the conversation holds {@code count} answers and returns the last. */
	WebElement answer(int count) {
		this.wait.until(ExpectedConditions.numberOfElementsToBe(ANSWERS, count));
		List<WebElement> answers = answers();
		return answers.get(answers.size() - 1);
	}

	WebElement error() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR));
	}

	void waitUntilNoError() {
		this.wait.until(ExpectedConditions.numberOfElementsToBe(ERROR, 0));
	}

	List<WebElement> answers() {
		return this.driver.findElements(ANSWERS);
	}

	List<String> questions() {
		return this.driver.findElements(QUESTIONS).stream().map((q) -> q.getText().strip()).toList();
	}

	List<WebElement> suggestions() {
		return this.driver.findElements(By.cssSelector(".lmw-log .lmw-suggestion"));
	}

	WebElement launcher() {
		return this.driver.findElement(LAUNCHER);
	}

	WebElement input() {
		return this.driver.findElement(INPUT);
	}

	WebElement log() {
		return this.driver.findElement(LOG);
	}

	WebElement escalation() {
		return this.driver.findElement(By.cssSelector(".lmw-escalation"));
	}

	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	String sessionId() {
		return (String) this.driver.executeScript("return window.sessionStorage.getItem('livermets-widget:session')");
	}

	/** Presses a key on whatever has the focus, as a keyboard user does. */
	void press(CharSequence... keys) {
		focused().sendKeys(keys);
	}

	WebDriverWait waiting() {
		return this.wait;
	}

}
