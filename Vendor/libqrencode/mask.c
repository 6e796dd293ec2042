/*
 * qrencode - QR Code encoder
 *
 * Masking.
 * Copyright (C) 2006-2017 Kentaro Fukuchi <kentaro@fukuchi.org>
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or any later version.
 *
 * This library is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this library; if not, write to the Free Software
 * Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301 USA
 */

#if HAVE_CONFIG_H
# include "config.h"
#endif
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <errno.h>
#include <stdint.h>

#include "qrencode.h"
#include "qrspec.h"
#include "mask.h"

STATIC_IN_RELEASE int Mask_writeFormatInformation(int width, unsigned char *frame, int mask, QRecLevel level)
{
	unsigned int format;
	unsigned char v;
	int i;
	int blacks = 0;

	format = QRspec_getFormatInfo(mask, level);

	for(i = 0; i < 8; i++) {
		if(format & 1) {
			blacks += 2;
			v = 0x85;
		} else {
			v = 0x84;
		}
		frame[width * 8 + width - 1 - i] = v;
		if(i < 6) {
			frame[width * i + 8] = v;
		} else {
			frame[width * (i + 1) + 8] = v;
		}
		format= format >> 1;
	}
	for(i = 0; i < 7; i++) {
		if(format & 1) {
			blacks += 2;
			v = 0x85;
		} else {
			v = 0x84;
		}
		frame[width * (width - 7 + i) + 8] = v;
		if(i == 0) {
			frame[width * 8 + 7] = v;
		} else {
			frame[width * 8 + 6 - i] = v;
		}
		format= format >> 1;
	}

	return blacks;
}

/**
 * Demerit coefficients.
 * See Section 8.8.2, pp.45, JIS X0510:2004.
 */
#define N1 (3)
#define N2 (3)
#define N3 (40)
#define N4 (10)

#define MASKMAKER(__exp__) \
	int x, y;\
	int b = 0;\
\
	for(y = 0; y < width; y++) {\
		for(x = 0; x < width; x++) {\
			if(*s & 0x80) {\
				*d = *s;\
			} else {\
				*d = *s ^ ((__exp__) == 0);\
			}\
			b += (int)(*d & 1);\
			s++; d++;\
		}\
	}\
	return b;

static int Mask_mask0(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER((x+y)&1)
}

static int Mask_mask1(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER(y&1)
}

static int Mask_mask2(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER(x%3)
}

static int Mask_mask3(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER((x+y)%3)
}

static int Mask_mask4(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER(((y/2)+(x/3))&1)
}

static int Mask_mask5(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER(((x*y)&1)+(x*y)%3)
}

static int Mask_mask6(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER((((x*y)&1)+(x*y)%3)&1)
}

static int Mask_mask7(int width, const unsigned char *s, unsigned char *d)
{
	MASKMAKER((((x*y)%3)+((x+y)&1))&1)
}

#define maskNum (8)
typedef int MaskMaker(int, const unsigned char *, unsigned char *);
static MaskMaker *maskMakers[maskNum] = {
	Mask_mask0, Mask_mask1, Mask_mask2, Mask_mask3,
	Mask_mask4, Mask_mask5, Mask_mask6, Mask_mask7
};

#ifdef WITH_TESTS
unsigned char *Mask_makeMaskedFrame(int width, unsigned char *frame, int mask)
{
	unsigned char *masked;

	masked = (unsigned char *)malloc((size_t)(width * width));
	if(masked == NULL) return NULL;

	maskMakers[mask](width, frame, masked);

	return masked;
}
#endif

unsigned char *Mask_makeMask(int width, unsigned char *frame, int mask, QRecLevel level)
{
	unsigned char *masked;

	if(mask < 0 || mask >= maskNum) {
		errno = EINVAL;
		return NULL;
	}

	masked = (unsigned char *)malloc((size_t)(width * width));
	if(masked == NULL) return NULL;

	maskMakers[mask](width, frame, masked);
	Mask_writeFormatInformation(width, masked, mask, level);

	return masked;
}


//static int n1;
//static int n2;
//static int n3;
//static int n4;

STATIC_IN_RELEASE int Mask_calcN1N3(int length, int *runLength)
{
	int i;
	int demerit = 0;
	int fact;

	for(i = 0; i < length; i++) {
		if(runLength[i] >= 5) {
			demerit += N1 + (runLength[i] - 5);
			//n1 += N1 + (runLength[i] - 5);
		}
		if((i & 1)) {
			if(i >= 3 && i < length-2 && (runLength[i] % 3) == 0) {
				fact = runLength[i] / 3;
				if(runLength[i-2] == fact &&
				   runLength[i-1] == fact &&
				   runLength[i+1] == fact &&
				   runLength[i+2] == fact) {
					if(i == 3 || runLength[i-3] >= 4 * fact) {
						demerit += N3;
						//n3 += N3;
					} else if(i+4 >= length || runLength[i+3] >= 4 * fact) {
						demerit += N3;
						//n3 += N3;
					}
				}
			}
		}
	}

	return demerit;
}

#ifdef WITH_TESTS
/* The module-by-module evaluation of 4.1.1, no longer used by Mask_mask (see
 * Mask_evaluateLines); kept for the tests, which compare it with the new one. */
STATIC_IN_RELEASE int Mask_calcN2(int width, unsigned char *frame)
{
	int x, y;
	unsigned char *p;
	unsigned char b22, w22;
	int demerit = 0;

	p = frame + width + 1;
	for(y = 1; y < width; y++) {
		for(x = 1; x < width; x++) {
			b22 = p[0] & p[-1] & p[-width] & p [-width-1];
			w22 = p[0] | p[-1] | p[-width] | p [-width-1];
			if((b22 | (w22 ^ 1))&1) {
				demerit += N2;
			}
			p++;
		}
		p++;
	}

	return demerit;
}

STATIC_IN_RELEASE int Mask_calcRunLengthH(int width, unsigned char *frame, int *runLength)
{
	int head;
	int i;
	unsigned char prev;

	if(frame[0] & 1) {
		runLength[0] = -1;
		head = 1;
	} else {
		head = 0;
	}
	runLength[head] = 1;
	prev = frame[0];

	for(i = 1; i < width; i++) {
		if((frame[i] ^ prev) & 1) {
			head++;
			runLength[head] = 1;
			prev = frame[i];
		} else {
			runLength[head]++;
		}
	}

	return head + 1;
}

STATIC_IN_RELEASE int Mask_calcRunLengthV(int width, unsigned char *frame, int *runLength)
{
	int head;
	int i;
	unsigned char prev;

	if(frame[0] & 1) {
		runLength[0] = -1;
		head = 1;
	} else {
		head = 0;
	}
	runLength[head] = 1;
	prev = frame[0];

	for(i = 1; i < width; i++) {
		if((frame[i * width] ^ prev) & 1) {
			head++;
			runLength[head] = 1;
			prev = frame[i * width];
		} else {
			runLength[head]++;
		}
	}

	return head + 1;
}

#endif /* WITH_TESTS */

/*
 * Evaluation on words of 64 modules.
 *
 * Mask_mask evaluates all eight masks of a symbol. Looking at each module and
 * walking each row and column run by run, with a branch per module, made the
 * mask choice most of the time spent encoding. Here the symbol is held twice,
 * as bits: by rows (bit x of a row's words is module x) and by columns (bit y
 * of a column's words is module y). A bit test on a column word looks at
 * that column in 64 rows at once, so the rows' penalties N1 and N3 are
 * counted on the columns' words, and the columns' on the rows' words, with no
 * shifts across words. The penalties are exactly those of Mask_calcN2 and
 * Mask_calcN1N3, so the chosen mask is the same.
 */

/* Words of 64 bits in a line of the widest symbol. */
#define MASK_WORDS_MAX ((QRSPEC_WIDTH_MAX + 63) / 64)
/* Light lines before the first and after the last: the 1:1:3:1:1 tests
 * below read up to 8 modules past either end of a line. */
#define MASK_PAD (8)

static int Mask_popcount(uint64_t v)
{
	/* Without a popcount instruction, GCC makes __builtin_popcountll a call
	 * to a library function, and Clang inlines the same count as below. */
#if defined(__GNUC__) && (defined(__POPCNT__) || defined(__clang__) || defined(__aarch64__))
	return __builtin_popcountll(v);
#else
	v = v - ((v >> 1) & 0x5555555555555555ULL);
	v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL);
	v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (int)((v * 0x0101010101010101ULL) >> 56);
#endif
}

/* Trailing zero bits of a word that is not 0. */
static int Mask_ctz(uint64_t v)
{
#if defined(__GNUC__)
	return __builtin_ctzll(v);
#else
	int n = 0;

	while(!(v & 1)) {
		v >>= 1;
		n++;
	}
	return n;
#endif
}

/* The run lengths of a line of `width` modules held in one word (bit i:
 * module i, none set from width on), as Mask_calcRunLengthH writes them;
 * returns how many entries it wrote. Each run is found with a bit count. */
static int Mask_runLengthsOfWord(int width, uint64_t line, int *runLength)
{
	int length, position, run;

	if(line & 1) {
		runLength[0] = -1;
		length = 1;
	} else {
		length = 0;
	}
	for(position = 0; position < width; position += run) {
		if(line & 1) {
			run = Mask_ctz(~line);
		} else {
			run = line == 0 ? width - position : Mask_ctz(line);
		}
		runLength[length++] = run;
		line = run >= 64 ? 0 : line >> run;
	}

	return length;
}

/* N1 and N3 of lines of `width` modules, 64 lines per word: m[i * words + k]
 * holds module i of lines 64k to 64k + 63, one bit each, for i from -MASK_PAD
 * to width + MASK_PAD - 1; the modules before 0 and from width on are light.
 * `across` holds the same lines the other way: line l in across[l * words]
 * to across[l * words + words - 1], bit i of those words its module i.
 * Inlined into Mask_evaluateLines twice, once with `words` 1 (symbols of up
 * to 64 modules, versions 1 to 10, the usual ones), where the compiler drops
 * the multiplications by `words`. */
static inline int Mask_evaluateLinesOf(int width, int words, const uint64_t *m, const uint64_t *across)
#if defined(__GNUC__)
	__attribute__((always_inline))
#endif
;
static inline int Mask_evaluateLinesOf(int width, int words, const uint64_t *m, const uint64_t *across)
{
	int demerit = 0;
	int runs = 0;
	int patterns = 0;
	int i, k, b, length;
	int runLength[QRSPEC_WIDTH_MAX + 1];
	const uint64_t *p;
	uint64_t valid, longRuns, use, five, previous, s0, s1, s2, s3, core, around;
	uint64_t start, a0, a1, a2, a3, carry, sum;

#define M(__i__) (p[(__i__) * words])
#define L(__i__) (~p[(__i__) * words])
	for(k = 0; k < words; k++) {
		p = m + k;
		valid = (64 * (k + 1) <= width) ? ~(uint64_t)0 : (((uint64_t)1 << (width - 64 * k)) - 1);

		/* Lines with a dark run of 9 modules or more can hold the 1:1:3:1:1
		 * pattern with any module size; they are walked run by run below,
		 * as Mask_evaluateSymbol did. The others can only hold it with
		 * modules of 1 or 2 (a dark run of 3 or 6), tested on the words. */
		longRuns = 0;
		for(i = 0; i + 8 < width; i++) {
			longRuns |= M(i) & M(i + 1) & M(i + 2) & M(i + 3) & M(i + 4)
				& M(i + 5) & M(i + 6) & M(i + 7) & M(i + 8);
		}
		use = valid & ~longRuns;

		/* N1: a run of n >= 5 modules of one colour has n - 4 windows of five
		 * and starts one of them: windows + 2 * starts = 3 + (n - 5). The
		 * sums are kept per line in bits of weight 1, 2, 4 and 8 (a0 to a3),
		 * counted once at the end. */
		previous = 0;
		a0 = a1 = a2 = a3 = 0;
		s0 = ~(M(0) ^ M(1));
		s1 = ~(M(1) ^ M(2));
		s2 = ~(M(2) ^ M(3));
		for(i = 0; i + 4 < width; i++) {
			s3 = ~(M(i + 3) ^ M(i + 4));
			five = s0 & s1 & s2 & s3 & use;
			start = five & ~previous;
			previous = five;
			s0 = s1;
			s1 = s2;
			s2 = s3;
			/* a += five + 2 * start */
			carry = a0 & five;
			a0 ^= five;
			sum = a1 ^ carry;
			carry = (a1 & carry) | (sum & start);
			a1 = sum ^ start;
			sum = a2 & carry;
			a2 ^= carry;
			carry = a3 & sum;
			a3 ^= sum;
			if(carry != 0) runs += 16 * Mask_popcount(carry);
		}
		runs += Mask_popcount(a0) + 2 * Mask_popcount(a1) + 4 * Mask_popcount(a2) + 8 * Mask_popcount(a3);

		/* N3 with modules of 1: dark-light-dark x3-light-dark as whole runs
		 * from i, with the 4 modules before it light (or all of them, to the
		 * line's start: Mask_calcN1N3's "i == 3"), or the 4 after it (or all
		 * of them, to the line's end: "i + 4 >= length"). */
		for(i = 0; i + 7 <= width; i++) {
			core = M(i) & M(i + 2) & M(i + 3) & M(i + 4) & M(i + 6) & use;
			if(core == 0) continue;
			core &= L(i - 1) & L(i + 1) & L(i + 5) & L(i + 7);
			if(core == 0) continue;
			around = (L(i - 4) & L(i - 3) & L(i - 2) & L(i - 1))
				| (L(i + 7) & L(i + 8) & L(i + 9) & L(i + 10));
			patterns += Mask_popcount(core & around);
		}
		/* N3 with modules of 2, likewise (8 light modules on one side). */
		for(i = 0; i + 14 <= width; i++) {
			core = M(i) & M(i + 1) & M(i + 4) & M(i + 5) & M(i + 6) & M(i + 7)
				& M(i + 8) & M(i + 9) & M(i + 12) & M(i + 13) & use;
			if(core == 0) continue;
			core &= L(i - 1) & L(i + 2) & L(i + 3) & L(i + 10) & L(i + 11) & L(i + 14);
			if(core == 0) continue;
			around = (L(i - 8) & L(i - 7) & L(i - 6) & L(i - 5)
				& L(i - 4) & L(i - 3) & L(i - 2) & L(i - 1))
				| (L(i + 14) & L(i + 15) & L(i + 16) & L(i + 17)
				& L(i + 18) & L(i + 19) & L(i + 20) & L(i + 21));
			patterns += Mask_popcount(core & around);
		}

		/* The lines with a long dark run: N1 and N3 by runs. */
		longRuns &= valid;
		for(b = 0; longRuns != 0; b++, longRuns >>= 1) {
			if(!(longRuns & 1)) continue;
			if(words == 1) {
				/* The line is one word of `across`: its runs by bit counts. */
				demerit += Mask_calcN1N3(Mask_runLengthsOfWord(width, across[64 * k + b], runLength), runLength);
				continue;
			}
			/* As Mask_calcRunLengthH, on bit b of each word. */
			if(M(0) >> b & 1) {
				runLength[0] = -1;
				length = 1;
			} else {
				length = 0;
			}
			runLength[length] = 1;
			for(i = 1; i < width; i++) {
				if((M(i) ^ M(i - 1)) >> b & 1) {
					length++;
					runLength[length] = 1;
				} else {
					runLength[length]++;
				}
			}
			demerit += Mask_calcN1N3(length + 1, runLength);
		}
	}
#undef M
#undef L

	return demerit + runs + patterns * N3;
}

static int Mask_evaluateLines(int width, int words, const uint64_t *m, const uint64_t *across)
{
	if(words == 1) return Mask_evaluateLinesOf(width, 1, m, across);
	return Mask_evaluateLinesOf(width, words, m, across);
}

/* N2 of a symbol held by rows: rows[y * words + k] holds modules 64k to
 * 64k + 63 of row y. */
static inline int Mask_calcN2WordsOf(int width, int words, const uint64_t *rows)
#if defined(__GNUC__)
	__attribute__((always_inline))
#endif
;
static inline int Mask_calcN2WordsOf(int width, int words, const uint64_t *rows)
{
	int y, k;
	int blocks = 0;
	const uint64_t *a, *b;
	uint64_t both, either, bothNext, eitherNext, pairs;

	for(y = 1; y < width; y++) {
		a = rows + (y - 1) * words;
		b = rows + y * words;
		for(k = 0; k < words; k++) {
			/* Bit x: modules x and x + 1 of rows y - 1 and y. */
			both = a[k] & b[k];
			either = a[k] | b[k];
			bothNext = both >> 1;
			eitherNext = either >> 1;
			if(k + 1 < words) {
				bothNext |= (a[k + 1] & b[k + 1]) << 63;
				eitherNext |= (a[k + 1] | b[k + 1]) << 63;
			}
			pairs = (64 * (k + 1) < width) ? ~(uint64_t)0 : (((uint64_t)1 << (width - 1 - 64 * k)) - 1);
			blocks += Mask_popcount(((both & bothNext) | ~(either | eitherNext)) & pairs);
		}
	}

	return blocks * N2;
}

static int Mask_calcN2Words(int width, int words, const uint64_t *rows)
{
	if(words == 1) return Mask_calcN2WordsOf(width, 1, rows);
	return Mask_calcN2WordsOf(width, words, rows);
}

/* A symbol as bits, by rows and by columns (see above), each with MASK_PAD
 * light lines before and after. */
typedef struct {
	int width;
	int words;
	uint64_t *rows;    /* row y at rows[(MASK_PAD + y) * words] */
	uint64_t *columns; /* column x at columns[(MASK_PAD + x) * words] */
} MaskBits;

static int MaskBits_init(MaskBits *bits, int width)
{
	size_t size;

	bits->width = width;
	bits->words = (width + 63) / 64;
	size = (size_t)((width + 2 * MASK_PAD) * bits->words);
	bits->rows = (uint64_t *)calloc(2 * size, sizeof(uint64_t));
	if(bits->rows == NULL) return -1;
	bits->columns = bits->rows + size;

	return 0;
}

static void MaskBits_free(MaskBits *bits)
{
	free(bits->rows);
}

static int Mask_evaluateBits(const MaskBits *bits)
{
	int offset = MASK_PAD * bits->words;

	return Mask_calcN2Words(bits->width, bits->words, bits->rows + offset)
		+ Mask_evaluateLines(bits->width, bits->words, bits->columns + offset, bits->rows + offset)
		+ Mask_evaluateLines(bits->width, bits->words, bits->rows + offset, bits->columns + offset);
}

/* The modules Mask_writeFormatInformation writes, in its order: bit i / 2 of
 * the format information goes to module (xs[i], ys[i]), i from 0 to 29. */
static void Mask_formatModules(int width, int *xs, int *ys)
{
	int i;

	for(i = 0; i < 8; i++) {
		xs[2 * i] = width - 1 - i;
		ys[2 * i] = 8;
		xs[2 * i + 1] = 8;
		ys[2 * i + 1] = i < 6 ? i : i + 1;
	}
	for(i = 0; i < 7; i++) {
		xs[16 + 2 * i] = 8;
		ys[16 + 2 * i] = width - 7 + i;
		xs[17 + 2 * i] = i == 0 ? 7 : 6 - i;
		ys[17 + 2 * i] = 8;
	}
}

#ifdef WITH_TESTS
STATIC_IN_RELEASE int Mask_evaluateSymbol(int width, unsigned char *frame)
{
	MaskBits bits;
	int x, y, demerit;
	uint64_t dark;

	if(MaskBits_init(&bits, width)) return -1;
	for(y = 0; y < width; y++) {
		for(x = 0; x < width; x++) {
			dark = frame[y * width + x] & 1;
			bits.rows[(MASK_PAD + y) * bits.words + x / 64] |= dark << (x % 64);
			bits.columns[(MASK_PAD + x) * bits.words + y / 64] |= dark << (y % 64);
		}
	}
	demerit = Mask_evaluateBits(&bits);
	MaskBits_free(&bits);

	return demerit;
}
#endif

/* The masks' patterns repeat every 6 columns and 12 rows. Bit x of
 * rowPatterns[mask][y % 12]: the mask inverts module (x + 6n, y) for any n
 * (when it holds data); bit y of columnPatterns[mask][x % 6]: it inverts
 * module (x, y + 12n). These are the expressions of Mask_mask0 to 7. */
static const unsigned char rowPatterns[maskNum][12] = {
	{0x15, 0x2a, 0x15, 0x2a, 0x15, 0x2a, 0x15, 0x2a, 0x15, 0x2a, 0x15, 0x2a},
	{0x3f, 0x00, 0x3f, 0x00, 0x3f, 0x00, 0x3f, 0x00, 0x3f, 0x00, 0x3f, 0x00},
	{0x09, 0x09, 0x09, 0x09, 0x09, 0x09, 0x09, 0x09, 0x09, 0x09, 0x09, 0x09},
	{0x09, 0x24, 0x12, 0x09, 0x24, 0x12, 0x09, 0x24, 0x12, 0x09, 0x24, 0x12},
	{0x07, 0x07, 0x38, 0x38, 0x07, 0x07, 0x38, 0x38, 0x07, 0x07, 0x38, 0x38},
	{0x3f, 0x01, 0x09, 0x15, 0x09, 0x01, 0x3f, 0x01, 0x09, 0x15, 0x09, 0x01},
	{0x3f, 0x07, 0x1b, 0x15, 0x2d, 0x31, 0x3f, 0x07, 0x1b, 0x15, 0x2d, 0x31},
	{0x15, 0x38, 0x31, 0x2a, 0x07, 0x0e, 0x15, 0x38, 0x31, 0x2a, 0x07, 0x0e}
};
static const unsigned short columnPatterns[maskNum][6] = {
	{0x555, 0xaaa, 0x555, 0xaaa, 0x555, 0xaaa},
	{0x555, 0x555, 0x555, 0x555, 0x555, 0x555},
	{0xfff, 0x000, 0x000, 0xfff, 0x000, 0x000},
	{0x249, 0x924, 0x492, 0x249, 0x924, 0x492},
	{0x333, 0x333, 0x333, 0xccc, 0xccc, 0xccc},
	{0xfff, 0x041, 0x249, 0x555, 0x249, 0x041},
	{0xfff, 0x1c7, 0x6db, 0x555, 0xb6d, 0xc71},
	{0x555, 0xe38, 0xc71, 0xaaa, 0x1c7, 0x38e}
};

/* A pattern of `period` bits (6 or 12) repeated over word k of a line. */
static uint64_t Mask_repeat(unsigned int pattern, int period, int k)
{
	int phase = (64 * k) % period;
	uint64_t rotated = ((pattern >> phase) | (pattern << (period - phase))) & ((1u << period) - 1);

	/* One copy every `period` bits: 6 -> bits 0, 6, ..., 60; 12 -> 0, 12, ..., 60. */
	return rotated * (period == 6 ? 0x1041041041041041ULL : 0x1001001001001001ULL);
}

/* Transposes a 64 x 64 matrix of bits: bit j of a[i] <-> bit i of a[j]
 * (Hacker's Delight, 7-3). */
static void Mask_transpose64(uint64_t *a)
{
	int j, k;
	uint64_t m, t;

	for(j = 32, m = 0x00000000ffffffffULL; j != 0; j >>= 1, m ^= m << j) {
		for(k = 0; k < 64; k = ((k | j) + 1) & ~j) {
			t = ((a[k] >> j) ^ a[k | j]) & m;
			a[k] ^= t << j;
			a[k | j] ^= t;
		}
	}
}

/* Lines by columns from lines by rows (or the other way): bit x of
 * rows[y * words + k / 64]... as bit y of columns[x * words + y / 64]. */
static void Mask_transpose(int width, int words, const uint64_t *rows, uint64_t *columns)
{
	uint64_t block[64];
	int bx, by, i;

	for(by = 0; by < words; by++) {
		for(bx = 0; bx < words; bx++) {
			for(i = 0; i < 64; i++) {
				block[i] = 64 * by + i < width ? rows[(64 * by + i) * words + bx] : 0;
			}
			Mask_transpose64(block);
			for(i = 0; i < 64 && 64 * bx + i < width; i++) {
				columns[(64 * bx + i) * words + by] = block[i];
			}
		}
	}
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* Bit i of the byte b as the lowest bit of byte i: b copied into every byte,
 * byte i keeping only its bit i, which the addition carries into bit 7
 * (0x80 - 2^i added to byte i never carries into the next byte). */
static uint64_t Mask_spreadBits(uint64_t b)
{
	return ((((b * 0x0101010101010101ULL) & 0x8040201008040201ULL) + 0x00406070787c7e7fULL) >> 7)
		& 0x0101010101010101ULL;
}

/* What Mask_mask0 to 7 write for `mask`, from the rows' data modules as bits:
 * a data module's lowest bit inverted where the mask's pattern says, every
 * other byte copied, eight modules at a time. */
static void Mask_writeMasked(int width, int words, const unsigned char *frame, const uint64_t *rowData, int mask, unsigned char *d)
{
	int x, y, k, end;
	uint64_t flips, eight;

	for(y = 0; y < width; y++) {
		for(k = 0; k < words; k++) {
			flips = Mask_repeat(rowPatterns[mask][y % 12], 6, k) & rowData[y * words + k];
			end = 64 * (k + 1) < width ? 64 * (k + 1) : width;
			for(x = 64 * k; x + 8 <= end; x += 8) {
				memcpy(&eight, frame + y * width + x, 8);
				eight ^= Mask_spreadBits(flips >> (x % 64) & 0xff);
				memcpy(d + y * width + x, &eight, 8);
			}
			for(; x < end; x++) {
				d[y * width + x] = frame[y * width + x] ^ (unsigned char)(flips >> (x % 64) & 1);
			}
		}
	}
}
#endif

unsigned char *Mask_mask(int width, unsigned char *frame, QRecLevel level)
{
	int i, x, y, k;
	unsigned char *bestMask;
	int minDemerit = INT_MAX;
	int bestMaskNum = 0;
	int blacks;
	int bratio;
	int demerit;
	int w2 = width * width;
	int words = (width + 63) / 64;
	MaskBits bits;
	uint64_t *dark, *data;
	uint64_t rowFlips[12][MASK_WORDS_MAX], columnFlips[6][MASK_WORDS_MAX];
	uint64_t *rowDark, *rowData, *columnDark, *columnData, *row, *column;
	uint64_t wordDark, wordData, formatBit, eight;
	unsigned char module;
	unsigned int format;
	int xs[30], ys[30], j, row12, column6;
	uint64_t *formatRows[30], *formatColumns[30];
	uint64_t formatRowBits[30], formatColumnBits[30];

	bestMask = (unsigned char *)malloc((size_t)w2);
	if(bestMask == NULL) return NULL;
	if(MaskBits_init(&bits, width)) {
		free(bestMask);
		return NULL;
	}
	dark = (uint64_t *)calloc((size_t)(4 * width * words), sizeof(uint64_t));
	if(dark == NULL) {
		MaskBits_free(&bits);
		free(bestMask);
		return NULL;
	}
	data = dark + 2 * width * words;
	rowDark = dark;
	columnDark = dark + width * words;
	rowData = data;
	columnData = data + width * words;

	/* The frame as bits, once: its dark modules, and the modules a mask
	 * inverts (those without 0x80, the data and error correction). */
	for(y = 0; y < width; y++) {
		for(k = 0; k < words; k++) {
			wordDark = 0;
			wordData = 0;
			x = 64 * k;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			/* Eight modules at a time: a multiplication gathers a bit of
			 * each of eight bytes into the top byte, the first module's lowest. */
			for(; x + 8 <= width && x + 8 <= 64 * (k + 1); x += 8) {
				memcpy(&eight, frame + y * width + x, 8);
				wordDark |= ((eight & 0x0101010101010101ULL) * 0x0102040810204080ULL) >> 56 << (x % 64);
				wordData |= ((~eight >> 7 & 0x0101010101010101ULL) * 0x0102040810204080ULL) >> 56 << (x % 64);
			}
#endif
			for(; x < width && x < 64 * (k + 1); x++) {
				module = frame[y * width + x];
				wordDark |= (uint64_t)(module & 1) << (x % 64);
				wordData |= (uint64_t)((module >> 7) ^ 1) << (x % 64);
			}
			rowDark[y * words + k] = wordDark;
			rowData[y * words + k] = wordData;
		}
	}
	Mask_transpose(width, words, rowDark, columnDark);
	Mask_transpose(width, words, rowData, columnData);
	Mask_formatModules(width, xs, ys);
	for(j = 0; j < 30; j++) {
		formatRows[j] = bits.rows + (MASK_PAD + ys[j]) * words + xs[j] / 64;
		formatColumns[j] = bits.columns + (MASK_PAD + xs[j]) * words + ys[j] / 64;
		formatRowBits[j] = (uint64_t)1 << (xs[j] % 64);
		formatColumnBits[j] = (uint64_t)1 << (ys[j] % 64);
	}

	for(i = 0; i < maskNum; i++) {
		for(y = 0; y < 12; y++) {
			for(k = 0; k < words; k++) rowFlips[y][k] = Mask_repeat(rowPatterns[i][y], 6, k);
		}
		for(x = 0; x < 6; x++) {
			for(k = 0; k < words; k++) columnFlips[x][k] = Mask_repeat(columnPatterns[i][x], 12, k);
		}
		blacks = 0;
		row = bits.rows + MASK_PAD * words;
		column = bits.columns + MASK_PAD * words;
		if(words == 1) {
			/* A line is a word (versions 1 to 10): no loops over words. */
			for(y = 0, row12 = 0; y < width; y++, row12 = row12 == 11 ? 0 : row12 + 1) {
				row[y] = rowDark[y] ^ (rowFlips[row12][0] & rowData[y]);
				blacks += Mask_popcount(row[y]);
			}
			for(x = 0, column6 = 0; x < width; x++, column6 = column6 == 5 ? 0 : column6 + 1) {
				column[x] = columnDark[x] ^ (columnFlips[column6][0] & columnData[x]);
			}
		} else {
			for(y = 0, row12 = 0; y < width; y++, row12 = row12 == 11 ? 0 : row12 + 1) {
				for(k = 0; k < words; k++) {
					row[k] = rowDark[y * words + k] ^ (rowFlips[row12][k] & rowData[y * words + k]);
					blacks += Mask_popcount(row[k]);
				}
				row += words;
			}
			for(x = 0, column6 = 0; x < width; x++, column6 = column6 == 5 ? 0 : column6 + 1) {
				for(k = 0; k < words; k++) {
					column[k] = columnDark[x * words + k] ^ (columnFlips[column6][k] & columnData[x * words + k]);
				}
				column += words;
			}
		}
		/* As Mask_writeFormatInformation: each bit twice, counted twice. */
		format = QRspec_getFormatInfo(i, level);
		for(j = 0; j < 30; j++) {
			formatBit = (uint64_t)(format >> (j / 2) & 1);
			blacks += (int)formatBit;
			*formatRows[j] = (*formatRows[j] & ~formatRowBits[j]) | (formatRowBits[j] & (0 - formatBit));
			*formatColumns[j] = (*formatColumns[j] & ~formatColumnBits[j]) | (formatColumnBits[j] & (0 - formatBit));
		}
		bratio = (200 * blacks + w2) / w2 / 2; /* (int)(100*blacks/w2+0.5) */
		demerit = (abs(bratio - 50) / 5) * N4;
		demerit += Mask_evaluateBits(&bits);
		if(demerit < minDemerit) {
			minDemerit = demerit;
			bestMaskNum = i;
		}
	}
	MaskBits_free(&bits);

	/* The chosen mask applied to the bytes: the bytes Mask_mask0 to 7 write. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	Mask_writeMasked(width, words, frame, rowData, bestMaskNum, bestMask);
#else
	maskMakers[bestMaskNum](width, frame, bestMask);
#endif
	free(dark);
	Mask_writeFormatInformation(width, bestMask, bestMaskNum, level);

	return bestMask;
}
