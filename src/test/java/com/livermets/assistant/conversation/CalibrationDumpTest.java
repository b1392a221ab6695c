package com.livermets.assistant.conversation;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CalibrationDumpTest {

	@Test
	void dump() {
		ClarificationCalibration calibration = new ClarificationCalibration();
		dump("heldout", calibration.heldOut());
		dump("cv", calibration.crossValidated());
		dump("oos", calibration.outOfScope());
	}

	private void dump(String name, List<ClarificationCalibration.Observation> observations) {
		for (var o : observations) {
			System.out.println(String.format(Locale.ROOT, "OBS\t%s\t%s\t%s\t%.4f\t%.4f\t%s\t%s\t%s", name, o.gold(),
					o.result().intent(), o.top(), o.margin(), o.result().ranking().get(0).intent(),
					o.result().ranking().get(1).intent(), o.result().ranking().get(2).intent()));
		}
	}

}
