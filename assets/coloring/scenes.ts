import { Art, clouds, frame, haechi, person, sun, tree } from './art.ts';
import { arch, blob, circle, curve, ellipse, fish, ground, heart, line, poly, rect, roof, star, type Pt } from './shapes.ts';

/**
 * The sixteen places and the map. Each scene draws its landmark big for the simple sheet (few large
 * shapes for 0–4) and adds a scene around it for the detailed sheet (5–7 and up). Art box 180 × 180 mm.
 */
export type Scene = (a: Art) => void;

const nSeoulTower: Scene = (a) => {
  const d = a.detailed;
  if (d) clouds(a, [[30, 28, 9], [150, 40, 8]]);
  else sun(a, 148, 30, 15);
  a.area('hill', ground([[0, 158], [50, 128], [90, 118], [130, 128], [180, 156]]));
  const { X, Y, P } = d ? frame(100, 0, 1) : frame(92, -4, 1.12);
  a.area('tower-base', rect(X(-14), Y(112), 28, 14, 3));
  a.area('tower-shaft', poly([P(-7, 112), P(7, 112), P(4, 62), P(-4, 62)]));
  a.area('tower-pod', ellipse(X(0), Y(56), 24, 11));
  a.area('tower-deck', rect(X(-10), Y(36), 20, 14, 4));
  a.area('tower-antenna', rect(X(-4.5), Y(8), 9, 28, 3));
  const car = d ? frame(12, 70, 1) : frame(8, 84, 1.15);
  a.line(line([0, d ? 52 : 70], [d ? 88 : 95, d ? 118 : 124]));
  a.area('cable-car', rect(car.X(4), car.Y(14), 34, 26, 6));
  a.area('cable-car-window', rect(car.X(9), car.Y(18), 24, 10, 3));
  a.line(line(car.P(21, 14), car.P(21, d ? 0 : 1)));
  if (d) {
    a.line(line([X(-22), Y(56)], [X(22), Y(56)]));
    a.area('cable-car', rect(150 - 17, 132 - 13, 30, 22, 5));
    a.line(line([130, 96], [180, 116]) + line([148, 119], [148, 104]));
    tree(a, 40, 150, 34);
    tree(a, 150, 152, 28, false);
    a.line(line([58, 160], [92, 151]) + line([110, 151], [150, 160]));
    for (const [x, y] of [[66, 160], [80, 156], [122, 156], [136, 160]] as const) a.area('love-lock', heart(x, y + 4, 9));
    a.line(`M22 18q4-4 8 0m4 0q4-4 8 0M120 22q4-4 8 0m4 0q4-4 8 0`);
  }
};

const gyeongbokgung: Scene = (a) => {
  const d = a.detailed;
  if (d) a.area('mountain', ground([[0, 70], [40, 40], [80, 58], [120, 34], [180, 66]], 110));
  else sun(a, 152, 26, 13);
  a.area('ground', ground([[0, 150], [180, 150]]));
  const { X, Y, S } = d ? frame(90, 0, 0.82) : frame(90, 6, 1);
  a.area('gate-wall', rect(X(-80), Y(100), S(160), S(44), S(3)));
  a.area('gate-door', arch(X(-14), Y(108), S(28), S(36)));
  a.area('gate-door', arch(X(-54), Y(112), S(22), S(32)));
  a.area('gate-door', arch(X(32), Y(112), S(22), S(32)));
  a.area('gate-hall', rect(X(-58), Y(66), S(116), S(36), S(2)));
  a.area('roof-lower', roof(X(-82), Y(52), S(164), S(24)));
  a.area('roof-upper', roof(X(-60), Y(18), S(120), S(30)));
  if (d) {
    for (const x of [-40, -14, 14, 40]) a.line(line([X(x), Y(76)], [X(x), Y(102)]));
    a.line(line([X(-50), Y(35)], [X(50), Y(35)]));
    haechi(a, 22, 128, 0.28);
    haechi(a, 158, 128, 0.28);
    person(a, 56, 170, 34);
    person(a, 124, 170, 34);
    a.area('drum', ellipse(90, 152, 14, 12));
    a.line(line([56, 138], [56, 112]) + line([124, 138], [124, 112]));
    a.area('flag', poly([[124, 112], [140, 116], [124, 122]]));
    a.area('flag', poly([[56, 112], [40, 116], [56, 122]]));
  }
};

const haechiScene: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    sun(a, 150, 24, 12);
    clouds(a, [[30, 26, 8]]);
    a.area('ground', ground([[0, 152], [90, 146], [180, 152]]));
    haechi(a, 90, 82, 1.05);
    a.area('tail', blob([[130, 108], [150, 92], [158, 100], [140, 118]]));
    for (const [x, y] of [[80, 118], [100, 118], [90, 130]] as const) a.area('scale', circle(x, y, 6));
    for (const x of [22, 158]) {
      a.area('flower', circle(x, 160, 8));
      a.line(line([x, 168], [x, 178]));
    }
  } else {
    a.area('ground', ground([[0, 160], [180, 160]]));
    haechi(a, 90, 84, 1.2, true);
  }
};

const gwanghwamunSquare: Scene = (a) => {
  const d = a.detailed;
  const { X, Y, S, P } = d ? frame(110, 0, 0.8) : frame(90, 4, 1);
  if (d) {
    // Admiral Yi on his tall column, far behind, to the left.
    a.area('column', rect(24, 48, 16, 92, 2));
    a.area('admiral', rect(24, 24, 16, 24, 6));
    a.area('admiral-head', circle(32, 18, 6));
    a.area('ground', ground([[0, 140], [180, 140]]));
  } else {
    sun(a, 30, 28, 13);
    a.area('ground', ground([[0, 160], [180, 160]]));
  }
  a.area('pedestal', rect(X(-56), Y(120), S(112), S(40), S(4)));
  a.area('king-robe', blob([P(-36, 124), P(-38, 80), P(-18, 62), P(18, 62), P(38, 80), P(36, 124)], 0.6));
  a.area('king-head', circle(X(0), Y(50), S(16)));
  a.area('king-hat', rect(X(-15), Y(22), S(30), S(16), S(4)));
  a.area('book', poly([P(-22, 92), P(0, 86), P(22, 92), P(22, 108), P(0, 102), P(-22, 108)]));
  if (d) {
    a.line(line(P(0, 86), P(0, 102)));
    // The turtle ship in front and the fountain the children run through.
    a.area('turtle-ship', blob([[20, 162], [26, 150], [70, 148], [80, 160], [66, 170], [32, 170]], 0.7));
    a.area('turtle-head', circle(84, 152, 6));
    for (const x of [36, 48, 60]) a.line(line([x, 150], [x - 3, 144]) + line([x, 150], [x + 3, 144]));
    for (const x of [120, 140, 160]) a.line(curve([[x, 170], [x - 4, 152], [x - 10, 146]]) + curve([[x, 170], [x + 4, 152], [x + 10, 146]]));
    person(a, 130, 176, 24, true);
    person(a, 152, 176, 30);
  }
};

const cheonggyecheon: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    a.area('building', rect(6, 10, 34, 56, 2));
    a.area('building', rect(46, 22, 28, 44, 2));
    a.area('building', rect(138, 14, 36, 52, 2));
    a.line(line([14, 20], [32, 20]) + line([14, 32], [32, 32]) + line([14, 44], [32, 44]) + line([146, 26], [166, 26]) + line([146, 40], [166, 40]));
    // The swirly "Spring" shell sculpture: a tall spiral cone.
    a.area('spring-tower', blob([[106, 12], [118, 30], [122, 62], [90, 62], [94, 30]], 0.8));
    a.line(curve([[96, 54], [116, 46], [98, 36], [112, 24], [106, 14]]));
  } else sun(a, 150, 26, 14);
  a.area('bank', ground([[0, d ? 70 : 60], [180, d ? 70 : 60]], d ? 96 : 86));
  a.area('water', ground([[0, d ? 96 : 86], [60, d ? 92 : 82], [120, d ? 100 : 90], [180, d ? 96 : 86]], d ? 148 : 150));
  a.area('bank', ground([[0, d ? 148 : 150], [180, d ? 148 : 150]]));
  const stones: Array<[number, number, number]> = d ? [[30, 128, 11], [62, 122, 11], [94, 128, 11], [126, 122, 11], [158, 128, 11]] : [[36, 130, 17], [90, 130, 17], [144, 130, 17]];
  for (const [x, y, r] of stones) a.area('stepping-stone', ellipse(x, y, r, r * 0.6));
  if (d) {
    a.area('fish', fish(46, 104, 8));
    a.area('fish', fish(140, 142, 8, -1));
    a.line(curve([[0, 112], [10, 108], [20, 112]]) + curve([[100, 108], [110, 104], [120, 108]]));
    person(a, 60, 168, 30, true);
    person(a, 84, 168, 20);
    tree(a, 150, 172, 30);
  } else a.area('fish', fish(90, 100, 14));
};

const bukchon: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    clouds(a, [[146, 20, 8]]);
    a.area('far-house', rect(12, 48, 60, 26, 1));
    a.area('far-roof', roof(4, 30, 76, 22));
    a.area('far-house', rect(104, 54, 60, 22, 1));
    a.area('far-roof', roof(96, 36, 76, 22));
    a.area('courtyard', ground([[0, 130], [180, 130]]));
  } else {
    sun(a, 152, 24, 13);
    a.area('courtyard', ground([[0, 150], [180, 150]]));
  }
  const { X, Y, S } = d ? frame(90, 40, 0.78) : frame(90, 18, 1);
  a.area('house-wall', rect(X(-66), Y(64), S(132), S(68), S(2)));
  a.area('roof', roof(X(-84), Y(30), S(168), S(40)));
  a.area('door', rect(X(-20), Y(80), S(40), S(52), S(2)));
  a.area('window', rect(X(-56), Y(80), S(26), S(26), S(2)));
  a.area('window', rect(X(30), Y(80), S(26), S(26), S(2)));
  if (d) {
    // The lattice (살창) of the door and windows.
    for (const w of [[-20, 80, 40, 52], [-56, 80, 26, 26], [30, 80, 26, 26]] as const) {
      const [x, y, ww, hh] = w;
      a.line(line([X(x + ww / 2), Y(y)], [X(x + ww / 2), Y(y + hh)]) + line([X(x), Y(y + hh / 2)], [X(x + ww), Y(y + hh / 2)]));
    }
    a.line(line([X(-66), Y(118)], [X(66), Y(118)]));
  }
  // 장독대: the round onggi jars on their stone step.
  const jars: Array<[number, number, number]> = d ? [[24, 160, 12], [50, 162, 10], [136, 160, 12], [160, 162, 10]] : [[40, 156, 16], [140, 156, 16]];
  for (const [x, y, r] of jars) {
    a.area('jar', blob([[x - r, y], [x - r * 0.8, y - r * 1.3], [x + r * 0.8, y - r * 1.3], [x + r, y], [x + r * 0.6, y + r * 0.9], [x - r * 0.6, y + r * 0.9]], 0.8));
    a.area('jar-lid', ellipse(x, y - r * 1.35, r * 0.75, Math.max(4.2, r * 0.28)));
  }
};

const seoulForest: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    a.area('glasshouse', blob([[120, 60], [130, 34], [150, 26], [170, 34], [178, 60]], 0.9));
    a.line(line([150, 26], [150, 60]) + curve([[126, 44], [150, 40], [174, 44]]));
    tree(a, 22, 96, 60, false);
    tree(a, 60, 90, 50);
    a.area('path', ground([[0, 130], [90, 112], [180, 130]]));
    a.area('grass', ground([[0, 150], [180, 150]]));
    sun(a, 92, 22, 11);
  } else {
    a.area('grass', ground([[0, 156], [180, 156]]));
    tree(a, 150, 156, 80);
  }
  const { X, Y, S, P } = d ? frame(100, 84, 0.72) : frame(74, 70, 1);
  // A deer, side view: body, neck and head, legs, antlers as lines.
  a.area('deer-leg', rect(X(-30), Y(40), S(13), S(44), S(4)));
  a.area('deer-leg', rect(X(14), Y(40), S(13), S(44), S(4)));
  a.area('deer-body', blob([P(-42, 30), P(-30, 10), P(20, 8), P(36, 26), P(24, 50), P(-30, 50)], 0.9));
  a.area('deer-neck', poly([P(16, 16), P(30, -20), P(44, -16), P(36, 24)]));
  a.area('deer-head', blob([P(28, -36), P(50, -34), P(62, -20), P(44, -12), P(30, -18)], 0.9));
  a.area('deer-ear', blob([P(28, -34), P(18, -46), P(34, -40)]));
  a.line(line(P(40, -36), P(42, -54)) + line(P(41, -46), P(50, -52)) + line(P(36, -36), P(30, -54)));
  for (const [x, y] of [[-20, 22], [0, 26], [-6, 38]] as const) a.line(circle(X(x), Y(y), S(3)));
  const bf = d ? ([[70, 30, 9], [40, 124, 9], [160, 100, 9]] as const) : ([[44, 30, 16]] as const);
  for (const [x, y, s] of bf) {
    a.area('butterfly-wing', blob([[x, y], [x - s, y - s * 0.9], [x - s * 1.1, y + s * 0.2]]));
    a.area('butterfly-wing', blob([[x, y], [x + s, y - s * 0.9], [x + s * 1.1, y + s * 0.2]]));
    a.line(line([x, y - s * 0.5], [x, y + s * 0.6]));
  }
  if (d) {
    a.line(line([0, 142], [70, 142]) + line([10, 134], [10, 150]) + line([30, 134], [30, 150]) + line([50, 134], [50, 150]));
    person(a, 40, 176, 28, true);
    person(a, 140, 178, 36);
  }
};

const childrensGrandPark: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    // The merry-go-round behind.
    a.area('carousel-roof', poly([[120, 40], [150, 18], [180, 40]]));
    a.area('carousel-base', rect(118, 86, 62, 12, 3));
    for (const x of [126, 150, 172]) a.line(line([x, 40], [x, 86]));
    a.area('carousel-horse', blob([[132, 64], [146, 58], [160, 62], [156, 74], [136, 74]], 0.8));
    a.area('balloon', ellipse(30, 26, 9, 11));
    a.area('balloon', ellipse(52, 20, 9, 11));
    a.line(curve([[30, 37], [34, 52], [40, 70]]) + curve([[52, 31], [46, 52], [40, 70]]));
    a.area('grass', ground([[0, 104], [180, 100]]));
  } else {
    sun(a, 152, 28, 14);
    a.area('grass', ground([[0, 152], [180, 152]]));
  }
  const { X, Y, S, P } = d ? frame(60, 106, 0.7) : frame(86, 92, 1.05);
  a.area('elephant-leg', rect(X(-44), Y(20), S(20), S(40), S(6)));
  a.area('elephant-leg', rect(X(14), Y(20), S(20), S(40), S(6)));
  a.area('elephant-body', ellipse(X(-10), Y(4), S(54), S(36)));
  a.area('elephant-head', circle(X(44), Y(-20), S(28)));
  a.area('elephant-trunk', blob([P(58, -12), P(72, 10), P(70, 36), P(60, 38), P(62, 12), P(48, -2)], 0.7));
  a.area('elephant-ear', blob([P(30, -34), P(10, -30), P(6, 0), P(28, 0)], 0.9));
  a.line(circle(X(52), Y(-28), S(3)));
  if (d) {
    // A big beach ball by the music fountain.
    a.area('ball', circle(140, 156, 14));
    a.line(curve([[128, 150], [140, 146], [152, 150]]) + curve([[128, 162], [140, 166], [152, 162]]));
    for (const x of [164, 174]) a.line(curve([[x, 172], [x + 2, 152], [x + 6, 140]]));
    person(a, 100, 176, 30, true);
  }
};

const seoulGrandPark: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    a.area('mountain', ground([[0, 70], [50, 40], [100, 62], [150, 36], [180, 56]], 96));
    a.area('lake', ground([[0, 96], [180, 96]], 118));
    // The sky lift: a long cable with chairs over the lake.
    a.line(line([0, 30], [180, 60]));
    for (const x of [40, 100, 160]) {
      const y = 30 + (x * 30) / 180;
      a.line(line([x, y], [x, y + 10]));
      a.area('lift-chair', rect(x - 9, y + 10, 18, 12, 3));
    }
    a.area('grass', ground([[0, 118], [180, 118]]));
    // The little tram on the park road.
    a.area('tram', rect(100, 140, 70, 24, 6));
    a.area('tram-window', rect(108, 144, 16, 10, 2));
    a.area('tram-window', rect(130, 144, 16, 10, 2));
    a.area('tram-window', rect(152, 144, 12, 10, 2));
    a.area('wheel', circle(116, 168, 6));
    a.area('wheel', circle(154, 168, 6));
  } else {
    sun(a, 150, 28, 14);
    a.area('grass', ground([[0, 160], [180, 160]]));
  }
  const { X, Y, S, P } = d ? frame(46, 120, 0.55) : frame(70, 100, 0.95);
  a.area('giraffe-leg', rect(X(-30), Y(14), S(16), S(50), S(4)));
  a.area('giraffe-leg', rect(X(12), Y(14), S(16), S(50), S(4)));
  a.area('giraffe-body', ellipse(X(-4), Y(6), S(40), S(22)));
  a.area('giraffe-neck', poly([P(16, -4), P(36, -76), P(52, -72), P(36, 6)]));
  a.area('giraffe-head', blob([P(30, -82), P(56, -90), P(70, -78), P(52, -68)], 0.9));
  a.area('giraffe-spot', circle(X(-14), Y(4), S(9)));
  a.area('giraffe-spot', circle(X(12), Y(0), S(8)));
  a.line(line(P(40, -86), P(40, -96)) + line(P(48, -88), P(50, -98)) + circle(X(54), Y(-82), S(2)));
  if (!d) tree(a, 150, 160, 50);
};

const hangangPark: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    a.area('moon', circle(26, 22, 10));
    for (const [x, y] of [[60, 16], [156, 22]] as const) a.area('star', star(x, y, 7));
    a.area('city', poly([[0, 70], [0, 40], [20, 40], [20, 52], [40, 52], [40, 34], [58, 34], [58, 70]]));
    a.area('city', poly([[122, 70], [122, 44], [142, 44], [142, 30], [160, 30], [160, 50], [180, 50], [180, 70]]));
  } else sun(a, 152, 22, 12);
  const deckY = d ? 70 : 60;
  const deckH = d ? 10 : 14;
  a.area('river', ground([[0, d ? 100 : 108], [60, d ? 97 : 104], [120, d ? 102 : 110], [180, d ? 99 : 106]], d ? 124 : 140));
  a.area('grass', ground([[0, d ? 124 : 140], [180, d ? 124 : 140]]));
  a.area('bridge', rect(0, deckY, 180, deckH, 2));
  for (const x of d ? [14, 166] : [12, 168]) a.area('bridge-pier', rect(x - 6, deckY + deckH, 12, d ? 22 : 30));
  // The rainbow fountain: water falling from the bridge in a rainbow of bands, arching into the river.
  const top = deckY + deckH;
  const cy = d ? 110 : 112;
  const band = d ? 8 : 10;
  const k = 0.5523;
  for (let i = 0; i < 3; i++) {
    const rx = (d ? 66 : 72) - i * band;
    const ry = cy - top - i * band;
    const ix = rx - band;
    const iy = ry - band;
    const o = (n: number): number => Math.round(n * 10) / 10;
    a.area(
      'rainbow-water',
      `M${o(90 - rx)} ${cy}C${o(90 - rx)} ${o(cy - k * ry)} ${o(90 - k * rx)} ${o(cy - ry)} 90 ${o(cy - ry)}C${o(90 + k * rx)} ${o(cy - ry)} ${o(90 + rx)} ${o(cy - k * ry)} ${o(90 + rx)} ${cy}` +
        `L${o(90 + ix)} ${cy}C${o(90 + ix)} ${o(cy - k * iy)} ${o(90 + k * ix)} ${o(cy - iy)} 90 ${o(cy - iy)}C${o(90 - k * ix)} ${o(cy - iy)} ${o(90 - ix)} ${o(cy - k * iy)} ${o(90 - ix)} ${cy}Z`,
    );
  }
  if (d) {
    a.area('picnic-mat', poly([[16, 150], [76, 146], [86, 172], [10, 176]]));
    a.line(line([46, 148], [48, 174]) + line([13, 162], [81, 158]));
    a.area('wheel', circle(118, 160, 11));
    a.area('wheel', circle(158, 160, 11));
    a.line(line([118, 160], [134, 140], [150, 140], [158, 160]) + line([134, 140], [138, 160], [118, 160]) + line([150, 140], [150, 134]) + line([128, 134], [138, 134]));
    person(a, 60, 150, 28);
    person(a, 34, 150, 20, true);
  } else tree(a, 150, 168, 44);
};

const building63: Scene = (a) => {
  const d = a.detailed;
  if (d) clouds(a, [[30, 24, 8], [152, 18, 7]]);
  else sun(a, 30, 26, 13);
  const { P } = d ? frame(120, 0, 0.7) : frame(110, 8, 1);
  a.area('tower-63', poly([P(-26, 130), P(-22, 40), P(20, 6), P(26, 130)]));
  a.area('river', ground([[0, d ? 120 : 134], [180, d ? 120 : 134]], 180));
  if (d) {
    for (let i = 0; i < 6; i++) a.line(line(P(-24 + i * 0.6, 50 + i * 13), P(24, 28 + i * 16.5)));
    // A round aquarium window with fish and a penguin inside.
    a.area('aquarium', circle(56, 64, 40));
    a.area('fish', fish(44, 50, 10));
    a.area('fish', fish(74, 76, 8, -1));
    a.area('penguin', blob([[40, 100], [38, 78], [48, 70], [58, 80], [56, 100]], 0.9));
    a.area('penguin-belly', ellipse(48, 90, 5, 8));
    a.area('boat', poly([[110, 140], [170, 140], [160, 154], [118, 154]]));
    a.area('sail', poly([[140, 138], [140, 112], [160, 136]]));
    a.line(curve([[10, 150], [20, 146], [30, 150]]) + curve([[60, 162], [70, 158], [80, 162]]));
  } else {
    a.line(line(P(-20, 70), P(22, 52)) + line(P(-20, 100), P(24, 84)));
    a.area('fish', fish(50, 156, 20));
  }
};

const lotteTower: Scene = (a) => {
  const d = a.detailed;
  for (const [x, y, r] of d ? ([[30, 24, 12], [58, 44, 9], [150, 28, 12]] as const) : ([[36, 32, 18], [146, 40, 16]] as const)) a.area('firework', star(x, y, r, 8, 0.45));
  const { P } = d ? frame(90, 4, 0.8) : frame(90, 0, 1);
  // The very tall tower: a slim cone with slightly curved sides and a split top.
  a.area('tall-tower', blob([P(0, 0), P(12, 50), P(22, 150), P(-22, 150), P(-12, 50)], 0.35));
  a.line(line(P(0, 6), P(0, 140)));
  a.area('lake', ground([[0, d ? 124 : 150], [90, d ? 120 : 146], [180, d ? 124 : 150]], d ? 156 : 180));
  if (d) {
    a.area('grass', ground([[0, 156], [180, 156]]));
    a.line(curve([[0, 164], [60, 160], [120, 168], [180, 162]]));
    tree(a, 24, 128, 40);
    tree(a, 156, 128, 40);
    a.area('swan-boat', blob([[40, 144], [66, 144], [70, 134], [76, 134], [72, 150], [42, 150]], 0.5));
    person(a, 110, 178, 26, true);
    person(a, 130, 178, 34);
  }
};

const ddp: Scene = (a) => {
  const d = a.detailed;
  if (!d) sun(a, 150, 24, 12);
  else clouds(a, [[36, 22, 8]]);
  const { P } = d ? frame(90, 30, 0.9) : frame(90, 34, 1);
  // The long, curved, silver building like a landed spaceship.
  a.area('ddp-building', blob([P(-86, 60), P(-70, 18), P(-20, 4), P(50, 10), P(84, 36), P(80, 70), P(-60, 78)], 0.9));
  a.area('ddp-door', blob([P(-10, 76), P(-4, 54), P(20, 54), P(28, 76)], 0.6));
  if (d) a.line(curve([P(-64, 30), P(-10, 18), P(60, 26)]) + curve([P(-74, 50), P(0, 38), P(74, 50)]));
  a.area('plaza', ground([[0, d ? 118 : 126], [180, d ? 118 : 126]]));
  // LED roses: a round bud on a stem.
  const roses: Array<[number, number, number]> = d
    ? [[20, 140, 8], [44, 150, 8], [68, 140, 8], [92, 150, 8], [116, 140, 8], [140, 150, 8], [164, 140, 8]]
    : [[36, 146, 14], [90, 150, 14], [144, 146, 14]];
  for (const [x, y, r] of roses) {
    a.line(line([x, y + r], [x, y + r + (d ? 12 : 16)]));
    a.area('led-rose', circle(x, y, r));
  }
  if (d) {
    person(a, 36, 180, 18);
    person(a, 150, 180, 18, true);
  }
};

const olympicPark: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    clouds(a, [[150, 20, 8]]);
    // The World Peace Gate: two pillars holding a long winged roof.
    a.area('peace-gate-wing', blob([[20, 34], [50, 24], [90, 30], [70, 40], [40, 42]], 0.7));
    a.area('peace-gate-pillar', rect(28, 40, 10, 40, 2));
    a.area('peace-gate-pillar', rect(70, 38, 10, 42, 2));
  } else sun(a, 30, 26, 13);
  // The grassy earth walls of Mongchontoseong and the lonely tree on its hill.
  a.area('earth-wall', ground([[0, d ? 104 : 120], [40, d ? 84 : 104], [100, d ? 90 : 96], [140, d ? 74 : 80], [180, d ? 92 : 110]]));
  const tx = d ? 140 : 120;
  const ty = d ? 76 : 84;
  a.area('lonely-tree-trunk', rect(tx - (d ? 5 : 7), ty - (d ? 28 : 40), d ? 10 : 14, d ? 30 : 42, 2));
  a.area('lonely-tree', blob([[tx, ty - (d ? 62 : 86)], [tx + (d ? 28 : 40), ty - (d ? 40 : 56)], [tx + (d ? 18 : 28), ty - (d ? 24 : 34)], [tx - (d ? 18 : 28), ty - (d ? 24 : 34)], [tx - (d ? 28 : 40), ty - (d ? 40 : 56)]], 0.9));
  if (d) {
    a.area('path', poly([[80, 180], [96, 120], [104, 120], [120, 180]]));
    a.area('wall-front', ground([[0, 140], [50, 128], [80, 140]]));
    person(a, 56, 176, 30, true);
    person(a, 140, 176, 24);
    a.area('kite', poly([[30, 66], [40, 54], [50, 66], [40, 80]]));
    a.line(curve([[40, 80], [46, 96], [50, 104]]));
  }
};

const botanicPark: Scene = (a) => {
  const d = a.detailed;
  if (!d) sun(a, 150, 22, 12);
  else clouds(a, [[30, 20, 8], [150, 18, 7]]);
  const { X, Y, S, P } = d ? frame(90, 24, 0.8) : frame(90, 30, 1);
  // The big bowl-shaped glasshouse: a wide dish of a roof, lower in the middle, on a glass wall
  // through which a palm tree shows.
  a.area('glass-wall', rect(X(-60), Y(44), S(120), S(56), S(4)));
  for (const x of [-46, 46]) a.line(line([X(x), Y(50)], [X(x), Y(100)]));
  a.area('palm-trunk', rect(X(-6), Y(66), S(12), S(34), S(3)));
  a.area('palm-leaves', blob([P(0, 62), P(-34, 74), P(-36, 62), P(-16, 50), P(16, 50), P(36, 62), P(34, 74)], 0.8));
  a.area('bowl-roof', `M${X(-86)} ${Y(18)}Q${X(0)} ${Y(58)} ${X(86)} ${Y(18)}L${X(70)} ${Y(44)}Q${X(0)} ${Y(66)} ${X(-70)} ${Y(44)}Z`);
  a.area('lake', ground([[0, d ? 128 : 140], [180, d ? 128 : 140]], d ? 158 : 180));
  if (d) {
    // The wetland boardwalk across the lake, reeds and a duck.
    a.area('boardwalk', poly([[0, 146], [180, 138], [180, 148], [0, 156]]));
    for (let x = 20; x < 180; x += 20) a.line(line([x, 155 - (x * 8) / 180], [x, 145 - (x * 8) / 180]));
    a.area('duck', blob([[120, 126], [128, 118], [138, 122], [146, 116], [150, 122], [144, 132], [122, 132]], 0.7));
    a.line(line([20, 128], [16, 112]) + line([28, 128], [30, 110]) + line([36, 128], [40, 114]));
    a.area('grass', ground([[0, 158], [180, 158]]));
    person(a, 60, 178, 30, true);
    person(a, 84, 178, 20);
  }
};

const line2: Scene = (a) => {
  const d = a.detailed;
  if (d) {
    // The platform screen doors behind the train.
    a.area('screen-wall', rect(0, 16, 180, 40, 2));
    for (const x of [12, 60, 108, 156]) a.area('screen-door', rect(x, 22, 14, 34, 2));
    a.area('line-sign', circle(94, 30, 9));
    a.line(circle(94, 30, 4));
  } else sun(a, 150, 24, 12);
  const { X, Y, S } = d ? frame(0, 60, 0.9) : frame(0, 44, 1);
  a.area('train-car', rect(X(10), Y(10), S(160), S(80), S(18)));
  a.area('train-stripe', rect(X(10), Y(60), S(160), S(12)));
  a.area('train-window', rect(X(24), Y(22), S(36), S(28), S(6)));
  a.area('train-window', rect(X(120), Y(22), S(36), S(28), S(6)));
  a.area('train-door', rect(X(72), Y(20), S(36), S(70), S(4)));
  a.area('wheel', circle(X(40), Y(96), S(12)));
  a.area('wheel', circle(X(140), Y(96), S(12)));
  a.area('rail', rect(0, Y(108), 180, 10));
  if (d) {
    a.line(line([X(90), Y(20)], [X(90), Y(90)]));
    a.area('platform', ground([[0, 164], [180, 164]]));
    person(a, 30, 180, 16);
    person(a, 150, 180, 16, true);
    a.area('passenger-head', circle(X(42), Y(40), S(7)));
    a.area('passenger-head', circle(X(138), Y(40), S(7)));
  } else a.area('ground', ground([[0, 166], [180, 166]]));
};

/** The map: mountains to the north, the Han river across, the Line 2 loop, and one round spot per place. */
const seoulMap: Scene = (a) => {
  a.area('mountains', `M0 44L0 26C12 10 22 8 34 20S56 6 70 16S96 2 110 16S136 4 150 14S172 8 180 22L180 44Z`);
  a.area('land-north', poly([[0, 44], [180, 44], [180, 104], [0, 110]]));
  a.area('han-river', `M0 110C40 102 70 122 100 114S150 96 180 104L180 124C150 116 130 136 100 134S40 124 0 132Z`);
  a.area('land-south', `M0 132C40 124 70 134 100 134S150 116 180 124L180 180L0 180Z`);
  // The Line 2 loop as a ring (outer and inner edges wound opposite ways, so the middle stays open).
  const [cx, cy, rx, ry, t] = [100, 100, 56, 40, 7];
  const k = 0.5523;
  const ring = (ex: number, ey: number, cw: boolean): string => {
    const s = cw ? 1 : -1;
    return (
      `M${cx - ex} ${cy}` +
      `C${cx - ex} ${cy - s * k * ey} ${cx - k * ex} ${cy - s * ey} ${cx} ${cy - s * ey}` +
      `C${cx + k * ex} ${cy - s * ey} ${cx + ex} ${cy - s * k * ey} ${cx + ex} ${cy}` +
      `C${cx + ex} ${cy + s * k * ey} ${cx + k * ex} ${cy + s * ey} ${cx} ${cy + s * ey}` +
      `C${cx - k * ex} ${cy + s * ey} ${cx - ex} ${cy + s * k * ey} ${cx - ex} ${cy}Z`
    );
  };
  a.area('line-2-loop', ring(rx, ry, true) + ring(rx - t, ry - t, false));
  const spots: Array<[string, number, number, (x: number, y: number) => string]> = [
    ['haechi', 24, 60, (x, y) => circle(x, y + 1, 3.5) + line([x - 1.5, y - 2.5], [x, y - 6], [x + 1.5, y - 2.5])],
    ['gyeongbokgung', 54, 54, (x, y) => line([x - 6, y + 2], [x, y - 4], [x + 6, y + 2]) + line([x - 4, y + 2], [x - 4, y + 5]) + line([x + 4, y + 2], [x + 4, y + 5])],
    ['bukchon', 80, 52, (x, y) => line([x - 5, y + 4], [x - 5, y - 1], [x, y - 5], [x + 5, y - 1], [x + 5, y + 4])],
    ['gwanghwamun-square', 46, 82, (x, y) => circle(x, y - 2.5, 2.5) + line([x - 4, y + 5], [x, y + 1], [x + 4, y + 5])],
    ['cheonggyecheon', 74, 78, (x, y) => curve([[x - 6, y], [x - 2, y - 3], [x + 2, y + 3], [x + 6, y]])],
    ['ddp', 104, 62, (x, y) => curve([[x - 6, y + 3], [x - 3, y - 3], [x + 5, y - 2], [x + 6, y + 3]])],
    ['n-seoul-tower', 72, 100, (x, y) => line([x, y - 6], [x, y + 6]) + line([x - 3, y - 2], [x + 3, y - 2])],
    ['line-2', 104, 90, (x, y) => rect(x - 5, y - 4, 10, 7, 2) + circle(x - 2.5, y + 4.5, 1) + circle(x + 2.5, y + 4.5, 1)],
    ['seoul-forest', 132, 88, (x, y) => line([x, y + 6], [x, y]) + circle(x, y - 2.5, 3)],
    ['childrens-grand-park', 156, 64, (x, y) => circle(x - 2, y, 3) + line([x + 1, y + 2], [x + 5, y + 5])],
    ['hangang-park', 28, 120, (x, y) => `M${x - 6} ${y + 4}Q${x} ${y - 8} ${x + 6} ${y + 4}M${x - 3} ${y + 4}Q${x} ${y - 2} ${x + 3} ${y + 4}`],
    ['botanic-park', 20, 150, (x, y) => `M${x - 6} ${y - 2}Q${x} ${y + 6} ${x + 6} ${y - 2}`],
    ['63-building', 54, 146, (x, y) => fish(x, y, 4.5)],
    ['seoul-grand-park', 96, 166, (x, y) => line([x - 3, y + 5], [x - 1, y - 5], [x + 3, y - 5])],
    ['lotte-tower', 136, 146, (x, y) => line([x - 3, y + 5], [x, y - 6], [x + 3, y + 5])],
    ['olympic-park', 162, 160, (x, y) => line([x - 5, y + 3], [x + 5, y + 3]) + circle(x, y - 1, 2.5)],
  ];
  for (const [place, x, y, icon] of spots) {
    a.area(`spot-${place}`, circle(x, y, 9));
    a.line(icon(x, y));
  }
  a.area('our-home', heart(124, 170, 12));
};

export const SCENES: Record<string, Scene> = {
  'n-seoul-tower': nSeoulTower,
  gyeongbokgung,
  haechi: haechiScene,
  'gwanghwamun-square': gwanghwamunSquare,
  cheonggyecheon,
  bukchon,
  'seoul-forest': seoulForest,
  'childrens-grand-park': childrensGrandPark,
  'seoul-grand-park': seoulGrandPark,
  'hangang-park': hangangPark,
  '63-building': building63,
  'lotte-tower': lotteTower,
  ddp,
  'olympic-park': olympicPark,
  'botanic-park': botanicPark,
  'line-2': line2,
};

export const MAP_SCENE: Scene = seoulMap;
export type { Pt };
