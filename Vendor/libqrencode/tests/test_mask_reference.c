/*
 * The mask choice against 4.1.1's module-by-module evaluation (its
 * Mask_evaluateSymbol and Mask_mask kept below as ref_*): every penalty of
 * every mask on random and built frames of every width, and the chosen mask
 * of real symbols (thousands of texts, 1 to 2000 bytes, all levels, 8-bit
 * and string modes), module by module.
 */
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include "common.h"
#include "../mask.h"
#include "../qrspec.h"
#include "../split.h"

#define N4 (10)

/* ---- 4.1.1's Mask_evaluateSymbol and Mask_mask, unchanged but for names;
 * the functions they call are unchanged by the patch (kept in mask.c for the
 * tests, Mask_calcN1N3 still used by it). ---- */

static int ref_evaluateSymbol(int width, unsigned char *frame)
{
	int x, y;
	int demerit = 0;
	int runLength[QRSPEC_WIDTH_MAX + 1];
	int length;

	demerit += Mask_calcN2(width, frame);

	for(y = 0; y < width; y++) {
		length = Mask_calcRunLengthH(width, frame + y * width, runLength);
		demerit += Mask_calcN1N3(length, runLength);
	}

	for(x = 0; x < width; x++) {
		length = Mask_calcRunLengthV(width, frame + x, runLength);
		demerit += Mask_calcN1N3(length, runLength);
	}

	return demerit;
}

/* Mask_mask of 4.1.1; maskMakers[i] is Mask_makeMaskedFrame (unchanged), its
 * count of dark modules counted here. */
static unsigned char *ref_mask(int width, unsigned char *frame, QRecLevel level)
{
	int i, j;
	unsigned char *mask, *bestMask;
	int minDemerit = INT_MAX;
	int blacks;
	int bratio;
	int demerit;
	int w2 = width * width;

	bestMask = (unsigned char *)malloc((size_t)w2);
	for(i = 0; i < 8; i++) {
		demerit = 0;
		mask = Mask_makeMaskedFrame(width, frame, i);
		blacks = 0;
		for(j = 0; j < w2; j++) blacks += mask[j] & 1;
		blacks += Mask_writeFormatInformation(width, mask, i, level);
		bratio = (200 * blacks + w2) / w2 / 2; /* (int)(100*blacks/w2+0.5) */
		demerit = (abs(bratio - 50) / 5) * N4;
		demerit += ref_evaluateSymbol(width, mask);
		if(demerit < minDemerit) {
			minDemerit = demerit;
			memcpy(bestMask, mask, (size_t)w2);
		}
		free(mask);
	}
	return bestMask;
}

/* ---- frames to test on ---- */

static unsigned long long state = 0x9e3779b97f4a7c15ULL;

static unsigned int next(unsigned int bound)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned int)((state >> 11) % bound);
}

/* Modules dark with a chance of percent / 100. */
static void fillRandom(int width, unsigned char *frame, unsigned int percent)
{
	int i;
	for(i = 0; i < width * width; i++) frame[i] = next(100) < percent;
}

/* Rows of runs whose lengths make the 1:1:3:1:1 pattern likely, with modules
 * of 1 to 8 and long runs around them; transposed half the time. */
static void fillRuns(int width, unsigned char *frame)
{
	static const int pattern[5] = {1, 1, 3, 1, 1};
	int x, y, run, colour, fact, i, j, t;
	unsigned char c;

	for(y = 0; y < width; y++) {
		x = 0;
		colour = (int)next(2);
		while(x < width) {
			if(colour && next(3) == 0) {
				fact = 1 + (int)next(next(4) == 0 ? 8 : 2);
				for(i = 0; i < 5 && x < width; i++) {
					for(j = 0; j < pattern[i] * fact && x < width; j++) frame[y * width + x++] = (unsigned char)(i & 1 ? 0 : 1);
				}
				colour = 0;
				run = 4 * fact - 1 + (int)next(3);
			} else {
				run = next(4) == 0 ? 1 + (int)next(12) : 1 + (int)next(3);
			}
			for(j = 0; j < run && x < width; j++) frame[y * width + x++] = (unsigned char)colour;
			colour ^= 1;
		}
	}
	if(next(2)) {
		for(y = 0; y < width; y++) {
			for(x = y + 1; x < width; x++) {
				c = frame[y * width + x];
				t = x * width + y;
				frame[y * width + x] = frame[t];
				frame[t] = c;
			}
		}
	}
}

static void fill(int width, unsigned char *frame, int kind)
{
	static const unsigned int percents[5] = {50, 50, 10, 90, 30};
	if(kind < 5) {
		fillRandom(width, frame, percents[kind]);
	} else {
		fillRuns(width, frame);
	}
}

#define KINDS 7

static void test_evaluation(void)
{
	unsigned char frame[QRSPEC_WIDTH_MAX * QRSPEC_WIDTH_MAX];
	int width, kind, n, expected, demerit;
	int compared = 0;

	testStart("Penalties equal to 4.1.1's, all widths, random and built frames");
	for(width = 1; width <= QRSPEC_WIDTH_MAX; width++) {
		for(n = 0; n < 3; n++) {
			for(kind = 0; kind < KINDS; kind++) {
				fill(width, frame, kind);
				expected = ref_evaluateSymbol(width, frame);
				demerit = Mask_evaluateSymbol(width, frame);
				assert_equal(demerit, expected, "width %d, kind %d: %d, expected %d\n", width, kind, demerit, expected);
				compared++;
			}
		}
	}
	printf("# %d frames compared\n", compared);
	testFinish();
}

static void test_maskedFrames(void)
{
	unsigned char *frame, *masked, *expected, *got;
	unsigned char bits[QRSPEC_WIDTH_MAX * QRSPEC_WIDTH_MAX];
	int version, width, kind, mask, i, e, d;
	QRecLevel level;
	int compared = 0;

	testStart("Every mask's penalty and the chosen mask equal to 4.1.1's, versions 1 to 40");
	for(version = 1; version <= QRSPEC_VERSION_MAX; version++) {
		width = QRspec_getWidth(version);
		for(kind = 0; kind <= KINDS; kind++) {
			frame = QRspec_newFrame(version);
			if(kind < KINDS) {
				/* A real frame's function patterns, chosen data and error correction modules. */
				fill(width, bits, kind);
				for(i = 0; i < width * width; i++) {
					if(!(frame[i] & 0x80)) frame[i] = (unsigned char)(bits[i] | (next(2) ? 0x02 : 0));
				}
			} else {
				/* Any bytes: data and function modules anywhere. */
				for(i = 0; i < width * width; i++) frame[i] = (unsigned char)next(256);
			}
			for(level = QR_ECLEVEL_L; level <= QR_ECLEVEL_H; level++) {
				for(mask = 0; mask < 8 && level == QR_ECLEVEL_L; mask++) {
					masked = Mask_makeMask(width, frame, mask, level);
					e = ref_evaluateSymbol(width, masked);
					d = Mask_evaluateSymbol(width, masked);
					assert_equal(d, e, "version %d, kind %d, mask %d: %d, expected %d\n", version, kind, mask, d, e);
					free(masked);
				}
				expected = ref_mask(width, frame, level);
				got = Mask_mask(width, frame, level);
				assert_zero(memcmp(got, expected, (size_t)(width * width)), "version %d, kind %d, level %d: another mask chosen\n", version, kind, level);
				free(expected);
				free(got);
				compared++;
			}
			free(frame);
		}
	}
	printf("# %d frames compared\n", compared);
	testFinish();
}

/* Text of `length` bytes (no NUL) of one of several kinds. */
static void makeText(char *text, int length, int kind)
{
	static const char *alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
	static const char *path = "abcdefghijklmnopqrstuvwxyz0123456789-/";
	int i;
	const char *prefix = "https://www.example.org/";

	for(i = 0; i < length; i++) {
		switch(kind) {
		case 0: /* an address */
			text[i] = i < (int)strlen(prefix) ? prefix[i] : path[next((unsigned int)strlen(path))];
			break;
		case 1: text[i] = (char)('0' + next(10)); break;
		case 2: text[i] = alnum[next(45)]; break;
		case 3: text[i] = (char)(32 + next(95)); break;
		default: text[i] = (char)(1 + next(255)); break;
		}
	}
	text[length] = '\0';
}

static QRinput *makeInput(const char *text, int length, QRecLevel level, int stringMode, QRencodeMode hint, int caseSensitive)
{
	QRinput *input = QRinput_new2(0, level);
	int ret;

	if(input == NULL) return NULL;
	if(stringMode) {
		ret = Split_splitStringToQRinput(text, input, hint, caseSensitive);
	} else {
		ret = QRinput_append(input, QR_MODE_8, length, (const unsigned char *)text);
	}
	if(ret < 0) {
		QRinput_free(input);
		return NULL;
	}
	return input;
}

static void test_encodedTexts(void)
{
	static char text[2001];
	int n, length, kind, stringMode, caseSensitive, width, r;
	QRecLevel level;
	QRencodeMode hint;
	QRinput *input;
	QRcode *code, *raw, *api;
	unsigned char *expected;
	int compared = 0, tooLong = 0;
	const int texts = 4000;

	testStart("Symbols of 4,000 texts equal to 4.1.1's, module by module");
	for(n = 0; n < texts; n++) {
		r = (int)next(10);
		length = r < 5 ? 1 + (int)next(100) : r < 8 ? 100 + (int)next(400) : 500 + (int)next(1501);
		kind = (int)next(5);
		level = (QRecLevel)(n % 4);
		stringMode = (n / 4) % 2;
		hint = next(4) == 0 ? QR_MODE_KANJI : QR_MODE_8;
		caseSensitive = next(3) != 0;
		makeText(text, length, kind);

		input = makeInput(text, length, level, stringMode, hint, caseSensitive);
		code = input == NULL ? NULL : QRcode_encodeMask(input, -1);
		if(input != NULL) QRinput_free(input);
		input = makeInput(text, length, level, stringMode, hint, caseSensitive);
		raw = input == NULL ? NULL : QRcode_encodeMask(input, -2);
		if(input != NULL) QRinput_free(input);
		assert_equal(code == NULL, raw == NULL, "text %d: encoded only once\n", n);
		if(code == NULL || raw == NULL) {
			tooLong++;
			QRcode_free(code);
			QRcode_free(raw);
			continue;
		}
		width = code->width;
		expected = ref_mask(width, raw->data, level);
		assert_zero(memcmp(code->data, expected, (size_t)(width * width)), "text %d (%d bytes, kind %d, level %d, %s): another symbol than 4.1.1's\n", n, length, kind, level, stringMode ? "string" : "8-bit");
		if(!stringMode) {
			/* The call Pamphlet makes gives the same symbol. */
			api = QRcode_encodeString8bit(text, 0, level);
			assert_nonnull(api, "text %d: QRcode_encodeString8bit failed\n", n);
			if(api != NULL) {
				assert_zero(memcmp(api->data, code->data, (size_t)(width * width)), "text %d: QRcode_encodeString8bit differs\n", n);
				QRcode_free(api);
			}
		}
		free(expected);
		QRcode_free(code);
		QRcode_free(raw);
		compared++;
	}
	printf("# %d symbols compared, %d texts too long for their level\n", compared, tooLong);
	testFinish();
}

int main(void)
{
	int tests = 3;
	testInit(tests);
	test_evaluation();
	test_maskedFrames();
	test_encodedTexts();
	testReport(tests);

	return 0;
}
