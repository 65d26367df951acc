package io.hibermongo.examples.springblog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): create an entry
 * with two tags and a comment, rename its embedded blog, upload a cover image, and find all of it in the list
 * and in the stored document. {@link HeadlessChromium} finds the browser, or installs it within bounds where it is
 * missing; the test is skipped, saying why, where none can be had.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestDatabase
class BlogAdminBrowserTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		HeadlessChromium chromium = HeadlessChromium.find();
		assumeTrue( chromium.unavailable == null, chromium.unavailable );
		ChromeOptions options = new ChromeOptions().setBinary( chromium.browser )
				.addArguments( "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu" );
		browser = new ChromeDriver( new ChromeDriverService.Builder().usingDriverExecutable( new File( chromium.driver ) ).build(), options );
	}

	@AfterAll
	static void stopBrowser() {
		if ( browser != null ) {
			browser.quit();
		}
	}

	@Test
	void createEditUploadAndSeeItInTheListAndTheDocument() throws IOException {
		browser.get( url( "/entries" ) );
		browser.findElement( By.id( "new-entry" ) ).click();
		type( "headline", "Stilton at midnight" );
		type( "tags", "cheese, night" );
		type( "blogName", "Cheese Blog" );
		type( "comments0.author", "Ada" );
		type( "comments0.text", "Bold choice." );
		browser.findElement( By.id( "save" ) ).click();
		String editUrl = browser.getCurrentUrl();
		assertThat( editUrl ).matches( ".*/entries/\\d+/edit" );

		browser.findElement( By.id( "blogName" ) ).clear();
		type( "blogName", "Night Cheese Blog" );
		browser.findElement( By.id( "save" ) ).click();
		assertThat( browser.findElement( By.id( "blogName" ) ).getAttribute( "value" ) ).isEqualTo( "Night Cheese Blog" );

		browser.findElement( By.id( "cover-file" ) ).sendKeys( smallPng().toString() );
		browser.findElement( By.id( "upload" ) ).click();
		assertThat( browser.findElements( By.id( "cover" ) ) ).hasSize( 1 );

		browser.get( url( "/entries?q=Stilton" ) );
		WebElement row = browser.findElement( By.cssSelector( "#entries tbody tr" ) );
		assertThat( row.findElement( By.className( "headline" ) ).getText() ).isEqualTo( "Stilton at midnight" );
		assertThat( row.findElement( By.className( "blog" ) ).getText() ).isEqualTo( "Night Cheese Blog" );
		assertThat( row.findElement( By.className( "tags" ) ).getText() ).isEqualTo( "cheese, night" );
		assertThat( row.findElement( By.className( "comments" ) ).getText() ).isEqualTo( "1" );
		assertThat( row.findElements( By.className( "cover" ) ) ).hasSize( 1 );

		browser.get( editUrl.replace( "/edit", "/document" ) );
		String document = browser.findElement( By.tagName( "body" ) ).getText();
		assertThat( document ).contains( "\"name\": \"Night Cheese Blog\"" ).contains( "\"cheese\"" ).contains( "\"night\"" )
				.contains( "\"text\": \"Bold choice.\"" ).contains( "\"cover\"" );
	}

	private void type(String id, String text) {
		browser.findElement( By.id( id ) ).sendKeys( text );
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private static Path smallPng() throws IOException {
		BufferedImage image = new BufferedImage( 4, 4, BufferedImage.TYPE_INT_RGB );
		image.setRGB( 1, 1, 0xFFCC00 );
		Path file = Files.createTempFile( "cover", ".png" );
		ImageIO.write( image, "png", file.toFile() );
		file.toFile().deleteOnExit();
		return file;
	}
}
