package com.livermets.assistant.nlu.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** A small hand-drawn SVG of a threshold sweep: no charting library for one picture. */
final class SweepChart {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 400;

	private static final int MARGIN = 50;

	private SweepChart() {
	}

	static String svg(List<ThresholdSweep.Point> curve, String title, Thresholds chosen) {
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				WIDTH, HEIGHT));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", MARGIN, title));
		for (int tick = 0; tick <= 10; tick += 2) {
			double value = tick / 10.0;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
							+ "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.0f%%</text>"
							+ "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n",
					x(0), y(value), x(1), y(value), x(0) - 4, y(value) + 4, value * 100, x(value), HEIGHT - MARGIN + 16,
					value));
		}
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">confidence threshold</text>%n", WIDTH / 2,
				HEIGHT - 12));
		line(svg, curve, ThresholdSweep.Point::crossValidatedAccuracy, "#1f77b4", "in-scope accuracy (5-fold CV)", 0);
		line(svg, curve, ThresholdSweep.Point::heldoutAccuracy, "#2ca02c", "in-scope accuracy (held-out)", 1);
		line(svg, curve, ThresholdSweep.Point::falseAcceptRate, "#d62728", "out-of-scope false accepts", 2);
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\" stroke-dasharray=\"4 4\"/>"
						+ "<text x=\"%.1f\" y=\"%.1f\">chosen %.2f</text>%n",
				x(chosen.confidence()), y(0), x(chosen.confidence()), y(1), x(chosen.confidence()) + 4, y(0.5),
				chosen.confidence()));
		return svg.append("</svg>\n").toString();
	}

	private static void line(StringBuilder svg, List<ThresholdSweep.Point> curve,
			ToDoubleFunction<ThresholdSweep.Point> value, String colour, String label, int row) {
		StringBuilder points = new StringBuilder();
		for (ThresholdSweep.Point p : curve) {
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p.thresholds().confidence()),
					y(value.applyAsDouble(p))));
		}
		svg.append(String
			.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n"
					+ "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
					colour, points.toString().strip(), WIDTH - 250, 40 + row * 16, colour, WIDTH - 232, 45 + row * 16,
					label));
	}

	private static double x(double value) {
		return MARGIN + value * (WIDTH - 2 * MARGIN);
	}

	private static double y(double value) {
		return HEIGHT - MARGIN - value * (HEIGHT - 2 * MARGIN);
	}

}
