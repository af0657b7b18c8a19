"""Turns a CFF-outline OpenType font into TrueType outlines (quadratic curves, glyf table).

pdf-lib embeds TrueType fonts as CIDFontType2 with FontFile2, which every PDF viewer reads without
complaint; CFF fonts come out as FontFile3/OpenType, which some viewers (poppler) warn about.
Usage: python3 otf-to-ttf.py in.otf out.ttf   (needs python3-fonttools)
"""
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src)
order = font.getGlyphOrder()
gs = font.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = order; glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(gs)
    gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font['glyf'] = glyf
font['loca'] = newTable('loca')
del font['CFF ']
if 'VORG' in font: del font['VORG']
maxp = font['maxp']; maxp.tableVersion = 0x00010000
for a in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
    setattr(maxp, a, 0)
maxp.maxZones = 1
maxp.maxComponentDepth = 0
font['head'].glyphDataFormat = 0
post = font['post']; post.formatType = 2.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = order
font.sfntVersion = '\x00\x01\x00\x00'
font.save(dst)
