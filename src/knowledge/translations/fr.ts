import type { TranslationFile } from './types';

/** Knowledge content in French. Keys: `sourceHash()` of the English text (see README). */
export const FR: TranslationFile = {
  lang: 'fr',
  groups: [
    {
      translatedBy:
        'Official titles as the UN and the Council of Europe write them (transcribed by Treaty Lens developers)',
      reviewed: false,
      texts: {
        '0824e883': 'Convention des Nations Unies contre la cybercriminalité',
        df45c9e0: 'Convention sur la cybercriminalité (Convention de Budapest)',
        '97e45981':
          'Protocole additionnel à la Convention sur la cybercriminalité, relatif à l’incrimination d’actes de nature raciste et xénophobe commis par le biais de systèmes informatiques',
        '197275f2':
          'Deuxième Protocole additionnel à la Convention sur la cybercriminalité relatif au renforcement de la coopération et de la divulgation de preuves électroniques',
        '2ec3b4fa':
          'Comité spécial chargé d’élaborer une convention internationale générale sur la lutte contre l’utilisation des technologies de l’information et des communications à des fins criminelles',
      },
    },
    {
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        f1477367: 'Convention de l’ONU contre la cybercriminalité',
        f1621ccf: 'Traité de l’ONU sur la cybercriminalité, adopté en 2024',
        '5395ccf8':
          'Les États qui y adhèrent doivent ériger en infractions une série d’actes liés à l’informatique, donner à leurs autorités des pouvoirs pour obtenir des preuves électroniques et partager ces preuves par-delà les frontières, pour ces infractions comme pour toute infraction grave.',
        '15385800':
          'Traité mondial de justice pénale adopté par l’Assemblée générale des Nations Unies le 24 décembre 2024 (résolution 79/243), au terme de négociations lancées à l’initiative de la Russie. Les États parties doivent ériger en infractions pénales une série d’actes liés à l’informatique, donner à leurs autorités des pouvoirs pour conserver et obtenir des preuves électroniques, et coopérer par-delà les frontières sur ces infractions ainsi que sur les preuves électroniques de toute infraction grave, c’est-à-dire passible d’au moins quatre ans d’emprisonnement. Il a été ouvert à la signature lors d’une cérémonie à Hanoï les 25 et 26 octobre 2025.',
        '3b2a3e66': 'Structure',
        f1f9e356:
          'Un préambule et neuf chapitres : dispositions générales, incrimination, compétence, mesures procédurales et application de la loi, coopération internationale, prévention, assistance technique et échange d’informations, mécanisme d’application, et dispositions finales. Des notes interprétatives accompagnent le texte.',
        cc5e1935: 'Longueur',
        b23cfedc: '68 articles.',
        '623ed916': 'Infractions',
        '0f0ee061':
          'Onze infractions que les parties doivent incriminer, dont l’accès et l’interception illégaux, l’atteinte aux données ou aux systèmes, l’usage abusif de dispositifs, la falsification, le vol et la fraude liés aux TIC, les contenus pédopornographiques et la sollicitation d’enfants, la diffusion non consentie d’images intimes et le blanchiment du produit du crime.',
        '037b7cb2': 'Images intimes',
        '58713007':
          'ONU Info la présente comme le premier traité international qui fait de la diffusion non consentie d’images intimes une infraction.',
        ea48a2b0: '« Infraction grave »',
        d3f81d53:
          'L’obligation de partager des preuves électroniques s’étend à toute « infraction grave », définie comme une infraction passible d’au moins quatre ans d’emprisonnement, et pas seulement aux infractions que le traité énumère.',
        '9036cec8': 'Compétence',
        '70135488':
          'Un État peut établir sa compétence sur des actes commis à l’étranger qui portent atteinte à ses ressortissants. Selon un membre de l’équipe de négociation américaine, cela ne vaut que pour les onze infractions du traité lui-même.',
        '23d6e135': 'Droits humains',
        f883a726:
          'Les parties doivent s’acquitter de leurs obligations conformément au droit international des droits de l’homme, et le traité ne peut être interprété comme permettant de supprimer des droits tels que les libertés d’expression, de conscience, d’opinion, de religion ou de conviction, de réunion pacifique et d’association. La formulation de cette clause a été disputée jusqu’aux dernières heures des négociations.',
        '93fdea2d': 'Conditions et garanties',
        '360da0b7':
          'Le droit national doit assortir les pouvoirs d’enquête de conditions et de garanties en matière de droits humains. Le Royaume-Uni les considère comme contraignantes et applicables aussi à la coopération internationale.',
        f220b529: 'Pouvoirs d’enquête',
        f3423b36:
          'Les autorités obtiennent le pouvoir d’ordonner la conservation rapide de données, d’en exiger la production, de perquisitionner et de saisir, de collecter en temps réel des données relatives au trafic et d’intercepter des contenus.',
        '82873510': 'Coopération internationale',
        '0b0de9ae':
          'Entraide judiciaire, extradition, enquêtes conjointes et recouvrement d’avoirs entre les parties.',
        '4864bb83': 'Réseau 24/7',
        d36e0a89:
          'Chaque partie désigne un point de contact joignable à toute heure pour une aide urgente, par exemple pour conserver des données.',
        '87cb5b35': 'Refus de coopérer',
        d34d986e:
          'Un État peut refuser une demande dont il estime qu’elle servirait des violations des droits humains ou qu’elle est motivée par des considérations politiques (selon le résumé du Conseil de l’UE).',
        e7e79ab3: 'Electronic Frontier Foundation (EFF)',
        '4c6edf49':
          'Selon l’EFF, le traité ouvre de larges voies à la surveillance et au partage de données transfrontières, bien au-delà de la cybercriminalité, sans garanties de droits humains contraignantes ; le seuil de quatre ans qui définit une « infraction grave » peut viser, dans de nombreux pays, la parole pacifique, la manifestation, le journalisme ou l’expression LGBTQ+, et la coopération est attendue même là où les tribunaux ne sont pas indépendants. L’EFF a demandé aux gouvernements de ne pas signer.',
        bfcca0e6: 'Human Rights Watch',
        ede172db:
          'Selon HRW, le traité oblige les États à se doter de vastes pouvoirs de surveillance électronique et à partager les preuves de toute infraction grave, même sans lien avec l’informatique, sans garanties suffisantes ; l’ONG a appelé les États à ne pas le ratifier.',
        '53a9ba7d': 'Coalition d’ONG (déclaration commune avant la signature à Hanoï)',
        af806f4c:
          'Pour ces ONG, les garanties nationales sont faibles et le traité ne prévoit pas de critères généraux de légalité, de nécessité et de proportionnalité ; chercheurs en sécurité, lanceurs d’alerte, militants et journalistes ne sont pas assez protégés. Elles ont appelé les États à ne ni signer ni ratifier.',
        '3d81e083': 'Access Now',
        '5455c5f4':
          'Selon Access Now, le traité incrimine trop largement et protège trop peu les droits et la recherche en sécurité ; il pourrait faciliter l’extradition de personnes persécutées par leur propre gouvernement ; organiser la signature au Viet Nam envoyait un mauvais signal.',
        '42418219':
          'Cybersecurity Tech Accord (coalition d’entreprises dont Microsoft, Meta et Cisco)',
        '724d9c39':
          'Selon cette coalition, le traité expose les chercheurs en sécurité et les testeurs d’intrusion à des poursuites et permet aux gouvernements d’échanger secrètement des données personnelles, sans transparence ni voie de recours ; elle l’a qualifié de traité de surveillance.',
        '4e7ea900': 'Délégation de plus de 160 entreprises technologiques',
        '301cf19c':
          'Elle aurait boycotté la cérémonie de signature de Hanoï en signe de protestation.',
        e35fb206: 'Microsoft (Amy Hogan-Burney)',
        d9d45cc8:
          'Selon Microsoft, le projet était trop vague et pouvait devenir un outil d’accès intrusif aux données et de sanction du travail ordinaire de sécurité et du piratage éthique.',
        c9afce05: 'Chambre de commerce internationale (ICC)',
        d2c50b62:
          'Selon l’ICC, le traité permet de collecter des données sans garanties ni contrôle judiciaire appropriés, alourdit les coûts de mise en conformité, risque d’incriminer la recherche en sécurité, et l’aide forcée pour pénétrer des systèmes pourrait menacer la sécurité nationale.',
        '511a8fe2': 'Haut-Commissariat des Nations Unies aux droits de l’homme (HCDH)',
        '1d664d13':
          'Le HCDH a demandé un texte pleinement conforme au droit international des droits de l’homme, en avertissant que des infractions de cybercriminalité mal définies servent à restreindre la liberté d’expression.',
        d7932265: 'ARTICLE 19',
        '83bd241e':
          'Selon ARTICLE 19, le traité n’est pas nécessaire et sa portée est trop large, les projets comportant de nombreuses infractions liées à l’expression ; des définitions vagues pourraient ouvrir la voie à la surveillance et à des restrictions des libertés en ligne.',
        '4cb76323': 'Privacy International',
        f288bddc:
          'Selon Privacy International, le champ du traité devrait se limiter aux infractions fondamentales qui dépendent de l’informatique, et les pouvoirs de surveillance et de collecte de données exigent des garanties strictes.',
        '6cf5904b': 'Chambre de commerce des États-Unis',
        a534e123:
          'Elle a jugé l’approche fondamentalement viciée : la Russie avait orienté le processus et les protections de la sécurité des données et de la vie privée étaient insuffisantes. Elle a recommandé que les États-Unis s’abstiennent.',
        '26e79b78': 'Eli Scher-Zagier (Lawfare)',
        '26a13ed6':
          'Selon lui, la clause de compétence de l’art. 22 légitime l’application par des États de leur droit pénal à des étrangers, à l’étranger, dont les actes touchent leurs ressortissants.',
        ee8afa3e: 'Organisations de défense des droits, sur le choix du pays hôte',
        a649b335:
          'Elles ont contesté le choix du Viet Nam comme hôte, compte tenu des arrestations de personnes pour des publications en ligne dans ce pays.',
        '55e77f84': 'António Guterres, Secrétaire général de l’ONU',
        '0f43bb67':
          'Selon lui, c’est le premier traité international de justice pénale conclu depuis plus de vingt ans : une plateforme pour échanger des preuves électroniques et aider les victimes tout en protégeant les droits en ligne.',
        eb0f8263: 'Office des Nations Unies contre la drogue et le crime (ONUDC)',
        '41e37416':
          'Selon l’ONUDC, le traité crée le premier cadre mondial de collecte et de partage des preuves électroniques de toutes les infractions graves et le premier réseau mondial de coopération disponible jour et nuit, avec une aide technique aux pays en développement.',
        e0afaa3b: 'Union européenne',
        '994b364d':
          'Selon l’UE, le traité permet de coopérer avec les quelque 115 États membres de l’ONU qui ne sont pas parties à la Convention de Budapest, comporte des garanties en matière de droits humains et de protection des données et s’accorde avec les cadres existants.',
        '710317c3': 'Royaume-Uni',
        d950fe62:
          'Le Royaume-Uni admet qu’il existe des risques, mais estime que les garanties de l’art. 24 sont contraignantes, et non facultatives, et s’appliquent aussi à la coopération ; il suivra la mise en œuvre du traité.',
        '2def47ec': 'Un membre de la délégation de négociation américaine (Lawfare)',
        c7531808:
          'Selon lui, le traité reprend en substance la Convention de Budapest, et sa clause de compétence se limite aux onze infractions qu’il définit.',
        '38e12873': 'États-Unis (2024)',
        '26cf563a':
          'Les États-Unis se sont ralliés au consensus pour que le processus avance et pour obtenir des orientations interprétatives.',
        '7c7a59d8': 'Brésil (ministère des Affaires étrangères)',
        bca76b8a:
          'Selon le Brésil, c’est un outil de coopération utile pour protéger les victimes, assorti de garanties en matière de droits humains ; le Brésil a été vice-président du comité de négociation.',
        cdd8ee8f: 'Russie (ministère des Affaires étrangères)',
        edabf345:
          'Selon la Russie, c’est une base solide pour la coopération policière, respectueuse de la souveraineté numérique des États ; son champ pourrait être élargi plus tard par un protocole.',
        b984ff3d: 'Viet Nam',
        '48751933':
          'Selon le Viet Nam, c’est un cadre mondial obtenu par consensus ; il appelle les États à le signer et à le ratifier rapidement.',
        bfaa1a82: 'Convention de Budapest',
        '33a2b3cf': 'Traité du Conseil de l’Europe sur la cybercriminalité, 2001',
        '70ec4f43':
          'Le premier traité international sur la criminalité informatique : il définit les infractions fondamentales, donne aux autorités des pouvoirs sur les preuves électroniques et organise la coopération entre ses parties, dont de nombreux États hors d’Europe.',
        '68f3b9bd':
          'Traité du Conseil de l’Europe (STE n° 185) ouvert à la signature à Budapest le 23 novembre 2001 et en vigueur depuis le 1er juillet 2004. Il harmonise la définition des principales infractions informatiques, donne aux autorités des pouvoirs sur les preuves électroniques et organise la coopération entre les parties, notamment un réseau de points de contact disponibles jour et nuit ; des États extérieurs au Conseil de l’Europe peuvent y adhérer sur invitation. Deux protocoles ajoutent des règles sur les actes racistes et xénophobes (2003) et sur l’accès transfrontière aux preuves électroniques (2022).',
        '06418975': '48 articles répartis en quatre chapitres.',
        '7f8b6344':
          'Accès illégal, interception illégale, atteinte à l’intégrité des données et des systèmes, abus de dispositifs, falsification et fraude informatiques, pédopornographie, et atteintes à la propriété intellectuelle et aux droits connexes.',
        '5a768317':
          'Chaque partie désigne un point de contact joignable à toute heure pour une aide urgente : conseils techniques, conservation des données et recueil de preuves.',
        f1d367c7: 'Adhésion',
        d5528313:
          'Les États non membres du Conseil de l’Europe peuvent adhérer sur invitation, après consultation des parties.',
        '209576f2': 'Suivi',
        '9b93a1a4':
          'Le Comité de la Convention sur la cybercriminalité (T-CY), composé des parties, veille à l’application du traité.',
        '3c64da37':
          'Selon ARTICLE 19, la Convention a de bons côtés mais reste insuffisante pour la liberté d’expression et la vie privée : elle ne devrait pas servir de modèle, et ses défauts ne devraient pas être repris dans le traité de l’ONU.',
        '44101a4c': 'Russie',
        '92f9fd2c':
          'La Russie rejette la Convention, qu’elle juge attentatoire à la souveraineté nationale.',
        '9dbd062c': 'Inde',
        '5f79ac21':
          'L’Inde n’y a pas adhéré, au motif qu’elle n’a pas participé à la rédaction du texte.',
        '7dff08e9': 'Conseil de l’Europe',
        '169b1448':
          'Selon le Conseil de l’Europe, au-delà de son texte, la Convention crée des réseaux de praticiens qui coopèrent, y compris en urgence, et tout pays peut s’en inspirer pour ses lois.',
        '1c3065ac': 'États-Unis',
        '85307030':
          'Les États-Unis la qualifient de référence absolue (« gold standard », en anglais) pour la coopération internationale contre la cybercriminalité.',
        '252c68d7': 'Gouvernement néo-zélandais',
        e28940be:
          'Selon lui, l’adhésion aide la Nouvelle-Zélande à travailler avec ses partenaires pour enquêter sur la criminalité transfrontière et obtenir des preuves.',
        efcbc060: 'Premier Protocole additionnel (racisme et xénophobie)',
        '6dc5fdb7': 'Protocole à la Convention de Budapest, 2003',
        fe248ea4:
          'Applique les infractions et les règles de coopération de la Convention de Budapest aux contenus racistes et xénophobes diffusés par des systèmes informatiques.',
        '9f699dc8':
          'Protocole de 2003 (STE n° 189) qui applique les infractions, les pouvoirs d’enquête et les règles de coopération de la Convention de Budapest aux contenus racistes et xénophobes diffusés par des systèmes informatiques. Il est entré en vigueur en mars 2006.',
        '63e6658b': 'Champ d’application',
        '1db3ad04':
          'Étend les dispositions de droit pénal, de procédure et de coopération de la Convention à la propagande raciste et xénophobe diffusée en ligne.',
        '3f80116a':
          'Selon le Conseil de l’Europe, le protocole harmonise les droits pénaux nationaux en matière de racisme et de xénophobie en ligne et facilite la coopération dans ce domaine.',
        '1a69087c': 'Deuxième Protocole additionnel (preuves électroniques)',
        '64c1725e': 'Protocole à la Convention de Budapest, 2022',
        dce53d6a:
          'Donne aux parties des moyens plus rapides d’obtenir des preuves électroniques détenues à l’étranger, notamment des demandes directes aux fournisseurs de services, avec des garanties de protection des données.',
        '12a4ed4b':
          'Protocole de 2022 (STCE n° 224) qui donne aux parties de nouveaux moyens d’obtenir des preuves électroniques détenues à l’étranger : demandes directes aux bureaux d’enregistrement de noms de domaine et aux fournisseurs de services d’une autre partie, divulgation plus rapide des données relatives aux abonnés et au trafic, coopération d’urgence, équipes communes d’enquête et auditions par vidéoconférence. Ces outils s’accompagnent de garanties en matière de droits humains et de protection des données.',
        cb239ada: 'Nouveaux outils',
        '151c1521':
          'Demandes directes aux bureaux d’enregistrement et aux fournisseurs à l’étranger, production accélérée des données relatives aux abonnés et au trafic, entraide d’urgence, équipes communes d’enquête et vidéoconférence.',
        '981c2afa': 'Garanties',
        '63bd92f1':
          'Les nouveaux pouvoirs sont soumis à des conditions de respect des droits humains et de protection des données.',
        '0ed7b44a':
          'Selon l’EFF, les exigences de contrôle sont insuffisantes, les normes de protection de la vie privée faibles, et les nouveaux pouvoirs contournent les mécanismes de responsabilité existants.',
        '52ba68a2':
          'Selon le Conseil de l’Europe, le protocole répond au problème des preuves situées dans des juridictions étrangères, multiples ou inconnues, avec des garanties en matière de droits humains et de protection des données.',
        '8706f9a2': 'Comité spécial de l’ONU sur la cybercriminalité',
        d7a580e1: 'Comité de négociation de l’ONU, créé en 2019',
        '4ed8623b':
          'L’organe des États membres de l’ONU qui a négocié la Convention des Nations Unies contre la cybercriminalité. Il prépare désormais la première conférence des États parties au traité et un projet de protocole.',
        '417dbd0a':
          'Comité intergouvernemental créé par l’Assemblée générale des Nations Unies en décembre 2019 (résolution 74/247), sur une proposition menée par la Russie et adoptée lors d’un vote partagé, pour rédiger une convention mondiale contre l’utilisation des technologies de l’information et des communications à des fins criminelles. Après des sessions de négociation à New York et à Vienne à partir de 2022, il a approuvé par consensus en août 2024 un projet de convention, que l’Assemblée générale a adopté en décembre 2024 sous le nom de Convention des Nations Unies contre la cybercriminalité. Il lui reste à préparer le règlement intérieur de la Conférence des États parties au traité et à négocier un projet de protocole.',
        '936e8f4b': 'Mandat',
        '69e5fe48':
          'Créé par la résolution 74/247 de l’Assemblée générale pour élaborer une convention internationale générale sur la lutte contre l’utilisation des TIC à des fins criminelles.',
        a302ea49: 'Méthode de travail',
        '3920342a':
          'La résolution 75/282 a prévu au moins six sessions de négociation et la présentation du projet à l’Assemblée générale à sa 78e session.',
        '5df4a336': 'Travaux après l’adoption',
        '46262035':
          'Il prépare le règlement intérieur de la Conférence des États parties et négocie un projet de protocole qui pourrait ajouter d’autres infractions. La Russie a proposé qu’il vise l’utilisation des TIC à des fins terroristes et extrémistes ainsi que le trafic de drogue et d’armes.',
        '04ec0b2a': 'Présidence',
        '5f1c56f5': 'Présidé par l’Algérienne Faouzia Boumaiza-Mebarki.',
      },
    },
    {
      // The key dates the preview card shows (its compact timeline); other events stay English.
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        cea27b0d:
          'L’Assemblée générale adopte la convention sans vote (résolution 79/243, 55e séance plénière).',
        '94d0cf13':
          'Ouverture à la signature lors d’une cérémonie à Hanoï. Le Viet Nam signe le premier ; l’UE, la Chine, la Russie, le Royaume-Uni, l’Australie et le Brésil figurent parmi les signataires. Les États-Unis, le Canada, la Nouvelle-Zélande, le Japon, l’Inde, le Mexique et Israël n’y signent pas.',
        bb766953: 'Dernier jour pour signer la convention, au Siège de l’ONU à New York (art. 64).',
        '3f2edfe3':
          'La rédaction commence au Conseil de l’Europe, avec le Canada, le Japon, les Philippines, l’Afrique du Sud et les États-Unis comme observateurs ; elle dure jusqu’à l’automne 2001.',
        b98b5f0e: 'Le Comité des Ministres adopte le texte lors de sa 109e session.',
        '72260d6c': 'Ouverture à la signature à Budapest.',
        '6600d8b7': 'Entrée en vigueur.',
        '7b0fb4da': 'Ouverture à la signature à Strasbourg.',
        aecb8315: 'Entrée en vigueur après ses cinq premières ratifications.',
        f95b3926: 'L’Assemblée générale adopte la résolution 74/247, qui crée le Comité spécial.',
        d997b087: 'Première session de négociation, New York.',
        '77cfc027':
          'Le comité approuve par consensus le projet de convention et un projet de résolution de l’Assemblée générale.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft; positions added from FACTS.md section 6)',
      reviewed: false,
      texts: {
        dd8f6ea7: 'R3D et d’autres organisations de la société civile (déclaration commune)',
        '99c4dc95':
          'Le projet d’article 17 du règlement intérieur permettrait à une seule objection de bloquer l’accréditation d’une organisation à la Conférence des États parties.',
        '70abc41a': 'Michael Geist et l’Association canadienne des libertés civiles',
        f888da0a:
          'Ont critiqué la signature du Canada, signalée en juillet 2026, comme une décision discrète d’adhérer à un traité de surveillance.',
        '31082e41': 'Union européenne et ses États membres (2026)',
        '08d36870':
          'S’engagent à mettre en œuvre la convention de manière effective, en rappelant qu’ils ont été parmi ses premiers signataires.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft): the preview card’s short phrases',
      reviewed: false,
      texts: {
        f44ecad9:
          'Une surveillance bien au-delà de la cybercriminalité, sans garanties contraignantes.',
        fd30851c: 'EFF',
        '0599a4cc': 'Des pouvoirs de surveillance partagés pour toute infraction grave.',
        bb4db3de: 'Le premier traité de justice pénale depuis vingt ans.',
        b2406071: 'Secrétaire général de l’ONU',
        c42f9c88: 'Un cadre mondial et un réseau 24/7 pour partager les preuves.',
        '1450ef96': 'ONUDC',
        '806b9735': 'Insuffisante pour la liberté d’expression et la vie privée.',
        '3186c212': 'Une atteinte à la souveraineté nationale.',
        '8bd6c83c': 'Des réseaux de praticiens qui coopèrent ; un modèle pour les lois.',
        '22f66c18': 'La « référence » de la coopération contre la cybercriminalité.',
      },
    },
  ],
};
