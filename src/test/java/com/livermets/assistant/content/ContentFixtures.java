package com.livermets.assistant.content;

/** Content settings as the application uses them by default. */
final class ContentFixtures {

	private ContentFixtures() {
	}

	static ContentProperties defaults() {
		return new ContentProperties("classpath:intents/", "classpath:responses/",
				"classpath:source/liver-metastases.txt", "Liver metastases: patient education page", 5);
	}

	static ContentProperties at(String folder) {
		return new ContentProperties("file:" + folder + "/intents/", "file:" + folder + "/responses/",
				"file:" + folder + "/source.txt", "Test source", 2);
	}

}
