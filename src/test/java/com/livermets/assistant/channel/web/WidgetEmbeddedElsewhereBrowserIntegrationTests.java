package com.livermets.assistant.channel.web;

import java.time.Duration;

import com.livermets.assistant.AbstractIntegrationTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget on another site, as a hospital embeds it: a page served from a different
 * origin ({@link HospitalSite}, allow-listed in the shared context) loads widget.js from
 * the assistant with one tag. The allow-listed origin can chat; an origin that is not
 * listed cannot.
 */
@Tag("browser")
class WidgetEmbeddedElsewhereBrowserIntegrationTests extends AbstractIntegrationTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void chatsFromAnAllowListedSite() {
		ChromeDriver driver = openWidgetOn("http://127.0.0.1:" + sitePort() + "/");

		WebElement input = driver.findElement(By.cssSelector(".lmw-input"));
		input.sendKeys("What are liver metastases?", Keys.ENTER);

		WebElement answer = waiting(driver).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector(".lmw-bot:not(.lmw-welcome):not(.lmw-typing)")));
		assertThat(answer.getText()).contains("cancerous tumors");
		assertThat(answer.findElement(By.cssSelector(".lmw-sources summary")).getText()).startsWith("From: ");
		assertThat(driver.findElement(By.cssSelector(".lmw-title")).getText()).isEqualTo("Ask the hospital");
		assertThat(driver.findElement(By.cssSelector(".lmw-launcher")).getCssValue("background-color"))
			.as("widget.css came from the assistant's origin")
			.isEqualTo("rgba(11, 92, 173, 1)");
	}

	@Test
	void cannotChatFromASiteThatIsNotListed() {
		// Same page, other host name: a different origin the assistant does not know.
		ChromeDriver driver = openWidgetOn("http://localhost:" + sitePort() + "/");

		driver.findElement(By.cssSelector(".lmw-input")).sendKeys("What are liver metastases?", Keys.ENTER);

		WebElement error = waiting(driver)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lmw-error")));
		assertThat(error.getText()).contains("could not be reached");
	}

	private ChromeDriver openWidgetOn(String pageUrl) {
		// The hospital's page names the assistant's port, which is known only once the
		// application runs.
		HospitalSite
			.serve("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hospital</title></head>"
					+ "<body><main><h1>A hospital page</h1></main><script src=\"http://localhost:" + this.port
					+ "/widget.js\" data-title=\"Ask the hospital\" data-open=\"true\"></script></body></html>");
		ChromeDriver driver = browser.driver();
		driver.get(pageUrl);
		driver.executeScript("window.sessionStorage.clear()");
		driver.navigate().refresh();
		waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lmw-input")));
		return driver;
	}

	private static int sitePort() {
		return HospitalSite.port();
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

}
