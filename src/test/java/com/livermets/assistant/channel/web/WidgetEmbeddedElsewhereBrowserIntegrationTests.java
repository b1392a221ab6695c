package com.livermets.assistant.channel.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget on another site, as a hospital embeds it: a page served from a different origin loads widget.js from
 * the assistant with one tag. The allow-listed origin can chat; an origin that is not listed cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetEmbeddedElsewhereBrowserIntegrationTests {

	private static HttpServer hospitalSite;

	/** The hospital's page; it names the assistant's port, which is known only once the application runs. */
	private static volatile String page = "";

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	private int assistantPort;

	@AfterAll
	static void stop() {
		hospitalSite.stop(0);
	}

	@DynamicPropertySource
	static void allowTheHospitalSite(DynamicPropertyRegistry registry) throws IOException {
		hospitalSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		hospitalSite.createContext("/", (exchange) -> {
			byte[] body = page.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		hospitalSite.start();
		registry.add("assistant.web.cors.allowed-origins", () -> "http://127.0.0.1:" + sitePort());
	}

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
		page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hospital</title></head>"
				+ "<body><main><h1>A hospital page</h1></main><script src=\"http://localhost:" + this.assistantPort
				+ "/widget.js\" data-title=\"Ask the hospital\" data-open=\"true\"></script></body></html>");
		ChromeDriver driver = browser.driver();
		driver.get(pageUrl);
		driver.executeScript("window.sessionStorage.clear()");
		driver.navigate().refresh();
		waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lmw-input")));
		return driver;
	}

	private static int sitePort() {
		return hospitalSite.getAddress().getPort();
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

}
