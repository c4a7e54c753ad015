// The parts of ncursesw that Swift 6 cannot import directly, wrapped as functions.
#ifndef KHET_CNCURSESW_SHIM_H
#define KHET_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *khet_stdscr(void) { return stdscr; }
static inline int khet_lines(void) { return LINES; }
static inline int khet_cols(void) { return COLS; }
static inline int khet_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int khet_colors(void) { return COLORS; }
static inline int khet_color_pairs(void) { return COLOR_PAIRS; }
#endif
