package com.livermets.assistant.channel.sms;

/**
 * How many SMS segments a text needs. A message longer than one segment is sent as
 * concatenated parts whose header takes room: 153 septets per part in GSM-7 (160 alone),
 * 67 UTF-16 units in UCS-2 (70 alone). A two-septet GSM escape or a UTF-16 surrogate pair
 * is never split across parts, so it can push a part early; this count follows that rule
 * rather than simply dividing.
 *
 * @param encoding how the text is sent
 * @param units septets (GSM-7) or UTF-16 code units (UCS-2)
 * @param segments parts on the air
 */
record SmsLength(Encoding encoding, int units, int segments) {

	enum Encoding {

		GSM_7(160, 153), UCS_2(70, 67);

		private final int single;

		private final int perPart;

		Encoding(int single, int perPart) {
			this.single = single;
			this.perPart = perPart;
		}

	}

	static SmsLength of(String text) {
		boolean gsm = text.codePoints().allMatch((codePoint) -> Gsm7.septets(codePoint) > 0);
		Encoding encoding = gsm ? Encoding.GSM_7 : Encoding.UCS_2;
		int[] sizes = text.codePoints().map(gsm ? Gsm7::septets : Character::charCount).toArray();
		int units = 0;
		for (int size : sizes) {
			units += size;
		}
		return new SmsLength(encoding, units, (units <= encoding.single) ? 1 : parts(sizes, encoding.perPart));
	}

	static boolean fits(String text, int maxSegments) {
		return of(text).segments() <= maxSegments;
	}

	private static int parts(int[] sizes, int capacity) {
		int parts = 1;
		int used = 0;
		for (int size : sizes) {
			if (used + size > capacity) {
				parts++;
				used = 0;
			}
			used += size;
		}
		return parts;
	}

}
