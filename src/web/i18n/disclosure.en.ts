import type { disclosureSv } from './disclosure.sv';

/** How figures about young people are protected, in English; typed against the Swedish texts. */
export const disclosureEn: typeof disclosureSv = {
  note: {
    cellKey:
      'The figures are protected with the cell-key method: small figures are approximate and the parts do not always add up to the total.',
    exact:
      'You see the unit’s exact figures. Outside the unit they are shown protected (small figures approximate).',
    link: 'About the method',
  },
  sheet: {
    label: 'Disclosure control',
    cellKey:
      'The figures about young people are protected with the cell-key method: small figures are approximate and the parts do not always add up to the total. About the method: {{url}}',
    exact:
      'The unit’s exact figures, for the unit’s own staff. Outside the unit the figures are shown protected with the cell-key method. About the method: {{url}}',
  },
  organisation: {
    heading: 'Disclosure control',
    text: 'Figures about young people are protected with the cell-key method, the same way everywhere: the statistics pages, comparisons, downloads and the research export. Only a unit’s own staff see the unit’s exact figures. The method is the same in every municipality and is not set here.',
    link: 'About the method',
  },
  page: {
    heading: 'How figures about young people are protected',
    lead: 'Every figure about young people shown outside the unit is protected with the cell-key method, the method Statistics Sweden uses. No young person should be identifiable, and the figures should still be reliable to read and to work with.',
    loading: 'Loading the method’s parameters…',
    toStatistics: 'To the statistics',
    what: {
      heading: 'What is protected',
      text: 'Every count about young people shown outside the unit: the statistics pages, comparisons between units, downloaded CSV and Excel files, the research export and anything published later. Shifts, hours, time use and population figures do not count young people and are exact for everyone.',
    },
    how: {
      heading: 'How it works',
      recordKey:
        'Every young person counted – in a contact, a conversation topic, an action – has a record key of their own: a random whole number the server derives from the record and a secret only the server knows.',
      cellKey:
        'A figure in a table, a cell, gets as its key the sum of the record keys of everyone it counts (modulo {{modulus}}).',
      lookup:
        'The noise, the small number added, is looked up in a public perturbation table by the cell’s true count and its key. So the same cell always gets the same noise – on every page, in every file, at every request – and neither combining pages nor asking again can prove what a small figure truly is.',
    },
    parameters: {
      heading: 'The parameters',
      maxDeviation: 'Largest deviation, D',
      maxDeviationText: 'No published figure is more than {{value}} from the true count.',
      variance: 'Variance, V',
      varianceText:
        'The noise has mean 0 and variance {{value}} for every count that is not zero. Of the larger figures, {{share}} change by at most 1.',
      js: 'js',
      jsText: 'No published figure lies between 1 and {{count}}. A true zero is always shown as 0.',
      jsText_one:
        'The figure 1 is never published, so no figure reads as “exactly one young person”. A true zero is always shown as 0.',
      download: 'Download the parameters and the table (JSON)',
    },
    ptable: {
      heading: 'The perturbation table',
      intro:
        'How often each noise is added, by true count. An empty cell means the noise cannot occur: the figure would be negative or one of the figures never published.',
      caption: 'The probability of each noise, by true count',
      count: 'True count',
      noise: 'Noise',
      andMore: '{{count}} and more',
    },
    reading: {
      heading: 'Reading the figures',
      approximate:
        'Small figures are approximate. A published figure is at most {{maxDeviation}} from the true count, usually 0 or 1 away.',
      parts:
        'The parts do not always add up to the total, because each figure is protected on its own. For the whole, use the total – not the sum of the parts.',
      sums: 'Sums over many cells are unbiased: the noise evens out on average. Adding k cells gives an uncertainty of about √(k·V), for example ±{{example}} for {{k}} cells.',
      rates: 'Shares and figures per hour or per 1,000 young people are computed from the protected figures.',
    },
    who: {
      heading: 'Who sees exact figures',
      text: 'Only a unit’s own staff, looking at their own unit. Everyone else – the administration, the municipality, analysts, researchers and the public – sees the protected figures. The research export and anything published are always protected, whoever takes them.',
    },
    cite: {
      heading: 'How to cite the figures',
      intro: 'Write, for example:',
      text: 'Source: Fältlogg, {{municipality}}. The figures are protected with the cell-key method (D = {{maxDeviation}}, V = {{variance}}, js = {{js}}); small figures are approximate and parts do not always add up to the total.',
      municipality: '[municipality]',
    },
  },
};
