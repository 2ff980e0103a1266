/**
 * Three workspace sources on one measure (complaints of torture registered in 2022), for the links between facts of
 * different sources (issue #17): the State's periodic report (147), its later follow-up reply (152: an update) and an
 * NGO's shadow report citing the Prosecutor General's Office (212: a dispute). Beside them, figures that share the
 * words but not the measure: a region, a subgroup, another year, the NGO's own monitoring. And two bulletins that
 * count the prison population "as of" two dates. Nothing here is bundled.
 */
export const STATE_REPORT = `---
symbol: CAT/C/UZB/6
title: Sixth periodic report of Uzbekistan
author_kind: state-party
author: Government of Uzbekistan
date: "2023-05-10"
---

## Complaints of torture

12. In 2022, the prosecution authorities registered 147 complaints of torture. In Tashkent region, 40 complaints of torture were registered in 2022.

13. In 2021, 131 complaints of torture were registered.
`;

export const STATE_FOLLOW_UP = `---
symbol: CAT/C/UZB/CO/6/Add.1
title: Information received from Uzbekistan on follow-up to the concluding observations
author_kind: state-party
author: Government of Uzbekistan
date: "2024-06-01"
---

## Complaints of torture

5. In 2022, 152 complaints of torture were registered by the prosecution authorities.
`;

export const NGO_REPORT = `---
title: Shadow report of the Uzbek Human Rights Coalition
author_kind: ngo
author: Uzbek Human Rights Coalition
date: "2023-09-01"
---

## Torture

7. According to the Prosecutor General's Office, 212 complaints of torture were registered in 2022.

8. In 2022, women lodged 30 complaints of torture. In 2023, 160 complaints of torture were registered. Our monitors documented 95 complaints of torture in 2022.

9. The courts convicted 61 officials of torture.
`;

/** The State's later figure for the convictions, with no period on either side: another asserter's, so no link. */
export const STATE_CONVICTIONS = `---
title: Statistical bulletin of the Supreme Court
author_kind: state-party
author: Supreme Court of Uzbekistan
date: "2024-02-01"
---

## Convictions

2. The courts convicted 58 officials of torture.
`;

export const BULLETIN_2023 = `---
title: Penal system bulletin 2023
author_kind: state-party
author: Department of the Penal System
date: "2023-02-01"
---

## Prison population

1. As of 1 January 2023, 31,250 persons were held in penal institutions.
`;

export const BULLETIN_2024 = `---
title: Prison population survey 2024
author_kind: ngo
author: Penal Reform Monitor
date: "2024-02-01"
---

## Prison population

1. As of 1 January 2024, 29,480 persons were held in penal institutions.
`;

export const LINKED_SOURCES: Record<string, string> = {
  'uzb-report.md': STATE_REPORT,
  'uzb-follow-up.md': STATE_FOLLOW_UP,
  'uzb-ngo.md': NGO_REPORT,
  'uzb-convictions.md': STATE_CONVICTIONS,
  'bulletin-2023.md': BULLETIN_2023,
  'survey-2024.md': BULLETIN_2024,
};

/** A draft that cites each value; line by line, 1-based. */
export const LINKED_DRAFT = `# Draft follow-up

In 2022, 147 complaints of torture were registered.

In 2022, 212 complaints of torture were registered.

In 2022, 152 complaints of torture were registered.

In Tashkent region, 40 complaints of torture were registered in 2022.

In 2021, 131 complaints of torture were registered.

As of 1 January 2023, 31,250 persons were held in penal institutions.

Some 31,250 persons are held in penal institutions.
`;
