import type { TranslationFile } from './types';

/** Knowledge content in Brazilian Portuguese. Keys: `sourceHash()` of the English text (see README). */
export const PT_BR: TranslationFile = {
  lang: 'pt-BR',
  groups: [
    {
      translatedBy:
        'Titles as Brazil’s official texts and press write them (transcribed by Treaty Lens developers)',
      reviewed: false,
      texts: {
        '0824e883': 'Convenção das Nações Unidas contra o Crime Cibernético',
        df45c9e0: 'Convenção sobre o Crime Cibernético (Convenção de Budapeste)',
        '97e45981':
          'Protocolo Adicional à Convenção sobre o Crime Cibernético, relativo à criminalização de atos de natureza racista e xenófoba praticados por meio de sistemas informáticos',
        '197275f2':
          'Segundo Protocolo Adicional à Convenção sobre o Crime Cibernético relativo ao reforço da cooperação e da divulgação de provas eletrônicas',
        '2ec3b4fa':
          'Comitê Ad Hoc para Elaborar uma Convenção Internacional Abrangente sobre o Combate ao Uso das Tecnologias de Informação e Comunicação para Fins Criminosos',
      },
    },
    {
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        f1477367: 'Convenção da ONU contra o Crime Cibernético',
        f1621ccf: 'Tratado da ONU sobre crime cibernético, adotado em 2024',
        '5395ccf8':
          'Os Estados que aderem devem tipificar como crime uma série de atos ligados à informática, dar às suas autoridades poderes para obter provas eletrônicas e compartilhar essas provas além das fronteiras, para esses crimes e para qualquer crime grave.',
        '15385800':
          'Tratado mundial de justiça criminal adotado pela Assembleia Geral da ONU em 24 de dezembro de 2024 (resolução 79/243), após negociações iniciadas por iniciativa da Rússia. Os Estados que aderem devem tipificar como crime uma série de atos ligados à informática, dar às suas autoridades poderes para preservar e obter provas eletrônicas e cooperar além das fronteiras nesses crimes e nas provas eletrônicas de qualquer crime grave, isto é, punível com pelo menos quatro anos de prisão. Foi aberto à assinatura em uma cerimônia em Hanói em 25 e 26 de outubro de 2025.',
        '3b2a3e66': 'Estrutura',
        f1f9e356:
          'Um preâmbulo e nove capítulos: disposições gerais, criminalização, jurisdição, medidas processuais e aplicação da lei, cooperação internacional, prevenção, assistência técnica e troca de informações, mecanismo de implementação e disposições finais. Notas interpretativas acompanham o texto.',
        cc5e1935: 'Extensão',
        b23cfedc: '68 artigos.',
        '623ed916': 'Crimes',
        '0f0ee061':
          'Onze crimes que as partes devem tipificar, entre eles acesso e interceptação ilegais, interferência em dados ou sistemas, uso indevido de dispositivos, falsificação, furto e fraude ligados às TIC, material de abuso sexual infantil e aliciamento de crianças, compartilhamento de imagens íntimas sem consentimento e lavagem do produto do crime.',
        '037b7cb2': 'Imagens íntimas',
        '58713007':
          'A ONU News a descreve como o primeiro tratado internacional a tornar crime o compartilhamento não consentido de imagens íntimas.',
        ea48a2b0: '“Crime grave”',
        d3f81d53:
          'O dever de compartilhar provas eletrônicas alcança qualquer “crime grave”, definido como uma infração punível com quatro anos ou mais de prisão, e não apenas os crimes que o tratado enumera.',
        '9036cec8': 'Jurisdição',
        '70135488':
          'Um Estado pode reivindicar jurisdição sobre atos cometidos no exterior que prejudiquem seus nacionais. Segundo um membro da equipe de negociação dos EUA, isso vale apenas para os onze crimes do próprio tratado.',
        '23d6e135': 'Direitos humanos',
        f883a726:
          'As partes devem cumprir suas obrigações de acordo com o direito internacional dos direitos humanos, e o tratado não pode ser interpretado como permissão para suprimir direitos como as liberdades de expressão, de consciência, de opinião, de religião ou crença, de reunião pacífica e de associação. A redação dessa cláusula foi disputada até as últimas horas das negociações.',
        '93fdea2d': 'Condições e salvaguardas',
        '360da0b7':
          'A lei nacional deve vincular os poderes de investigação a condições e salvaguardas de direitos humanos. O Reino Unido as entende como obrigatórias e aplicáveis também à cooperação internacional.',
        f220b529: 'Poderes de investigação',
        f3423b36:
          'As autoridades recebem poderes para ordenar a preservação rápida de dados, exigir sua entrega, fazer busca e apreensão, coletar dados de tráfego em tempo real e interceptar conteúdo.',
        '82873510': 'Cooperação internacional',
        '0b0de9ae':
          'Assistência jurídica mútua, extradição, investigações conjuntas e recuperação de ativos entre as partes.',
        '4864bb83': 'Rede 24/7',
        d36e0a89:
          'Cada parte designa um ponto de contato disponível a qualquer hora para ajuda urgente, como a preservação de dados.',
        '87cb5b35': 'Recusa de cooperação',
        d34d986e:
          'Um Estado pode recusar um pedido que considere servir a violações de direitos humanos ou ter motivação política (conforme o resumo do Conselho da UE).',
        e7e79ab3: 'Electronic Frontier Foundation (EFF)',
        '4c6edf49':
          'Segundo a EFF, o tratado abre amplos canais de vigilância e de compartilhamento de dados entre países que vão muito além do crime cibernético, sem salvaguardas de direitos humanos exigíveis; o limite de quatro anos que define “crime grave” pode alcançar, em muitos países, a expressão pacífica, o protesto, o jornalismo ou a expressão LGBTQ+, e espera-se cooperação mesmo onde os tribunais não são independentes. A EFF pediu aos governos que não assinassem.',
        bfcca0e6: 'Human Rights Watch',
        ede172db:
          'Segundo a HRW, obriga os Estados a criar amplos poderes de vigilância eletrônica e a compartilhar provas de qualquer crime grave, mesmo sem relação com computadores, sem salvaguardas adequadas; a organização pediu que os Estados não o ratifiquem.',
        '53a9ba7d': 'Coalizão de ONGs (declaração conjunta antes da assinatura em Hanói)',
        af806f4c:
          'Para essas ONGs, as salvaguardas nacionais são fracas e o tratado não prevê critérios gerais de legalidade, necessidade e proporcionalidade; pesquisadores de segurança, denunciantes, ativistas e jornalistas não estão suficientemente protegidos. Elas pediram que os Estados não assinem nem ratifiquem.',
        '3d81e083': 'Access Now',
        '5455c5f4':
          'Segundo a Access Now, criminaliza de forma ampla demais e protege de menos os direitos e a pesquisa em segurança; pode facilitar a extradição de pessoas perseguidas por seus próprios governos; realizar a assinatura no Vietnã enviou o sinal errado.',
        '42418219':
          'Cybersecurity Tech Accord (coalizão do setor que inclui Microsoft, Meta e Cisco)',
        '724d9c39':
          'Segundo essa coalizão, deixa pesquisadores de segurança e testadores de invasão expostos a processos e permite que governos troquem dados pessoais em segredo, sem transparência nem meio de contestação; ela o chamou de tratado de vigilância.',
        '4e7ea900': 'Delegação empresarial de mais de 160 empresas de tecnologia',
        '301cf19c':
          'Segundo relatos, não compareceu à cerimônia de assinatura em Hanói, em protesto.',
        e35fb206: 'Microsoft (Amy Hogan-Burney)',
        d9d45cc8:
          'Segundo a Microsoft, o rascunho era vago demais e poderia virar uma ferramenta de acesso invasivo a dados e de punição do trabalho comum de segurança e do hacking ético.',
        c9afce05: 'Câmara de Comércio Internacional (ICC)',
        d2c50b62:
          'Segundo a ICC, permite a coleta de dados sem salvaguardas ou controle judicial adequados, eleva os custos de conformidade, pode criminalizar a pesquisa em segurança, e a ajuda forçada para invadir sistemas poderia pôr em risco a segurança nacional.',
        '511a8fe2': 'Escritório do Alto Comissariado da ONU para os Direitos Humanos (ACNUDH)',
        '1d664d13':
          'O ACNUDH pediu um texto plenamente de acordo com o direito internacional dos direitos humanos, alertando que crimes cibernéticos definidos de forma vaga são usados para restringir a liberdade de expressão.',
        d7932265: 'ARTICLE 19',
        '83bd241e':
          'Segundo a ARTICLE 19, o tratado não é necessário e seu alcance é amplo demais, com muitos crimes ligados à expressão nos rascunhos; definições vagas podem abrir caminho para a vigilância e para limites às liberdades na internet.',
        '4cb76323': 'Privacy International',
        f288bddc:
          'Segundo a Privacy International, o alcance deveria se limitar aos crimes centrais que dependem de computadores, e os poderes de vigilância e de coleta de dados exigem salvaguardas rigorosas.',
        '6cf5904b': 'Câmara de Comércio dos EUA',
        a534e123:
          'Classificou a abordagem como fundamentalmente falha: a Rússia havia conduzido o processo e as proteções de segurança de dados e privacidade eram insuficientes. Recomendou que os EUA se abstivessem.',
        '26e79b78': 'Eli Scher-Zagier (Lawfare)',
        '26a13ed6':
          'Segundo ele, a cláusula de jurisdição do art. 22 dá legitimidade a Estados que aplicam sua lei penal a estrangeiros no exterior cuja conduta afete seus nacionais.',
        ee8afa3e: 'Grupos de direitos humanos, sobre a escolha do país-sede',
        a649b335:
          'Questionaram o Vietnã como sede, dado seu histórico de prisões de pessoas por publicações na internet.',
        '55e77f84': 'Secretário-Geral da ONU, António Guterres',
        '0f43bb67':
          'Segundo ele, é o primeiro tratado internacional de justiça criminal acordado em mais de vinte anos: uma plataforma para trocar provas eletrônicas e ajudar as vítimas, protegendo os direitos na internet.',
        eb0f8263: 'Escritório das Nações Unidas sobre Drogas e Crime (UNODC)',
        '41e37416':
          'Segundo o UNODC, cria o primeiro marco global para reunir e compartilhar provas eletrônicas de todos os crimes graves e a primeira rede mundial de cooperação disponível dia e noite, com ajuda técnica aos países em desenvolvimento.',
        e0afaa3b: 'União Europeia',
        '994b364d':
          'Segundo a UE, permite cooperar com cerca de 115 Estados-membros da ONU que estão fora da Convenção de Budapeste, contém salvaguardas de direitos humanos e de proteção de dados e se encaixa nos marcos existentes.',
        '710317c3': 'Reino Unido',
        d950fe62:
          'O Reino Unido reconhece que há riscos, mas sustenta que as salvaguardas do art. 24 são obrigatórias, não opcionais, e se aplicam também à cooperação; vai acompanhar a implementação do tratado.',
        '2def47ec': 'Um membro da delegação negociadora dos EUA (Lawfare)',
        c7531808:
          'Segundo ele, na essência o tratado reproduz a Convenção de Budapeste, e sua cláusula de jurisdição se limita aos onze crimes que ele define.',
        '38e12873': 'Estados Unidos (2024)',
        '26cf563a':
          'Os EUA aderiram ao consenso para que o processo avançasse e para buscar orientações de interpretação.',
        '7c7a59d8': 'Brasil (Ministério das Relações Exteriores)',
        bca76b8a:
          'Segundo o Itamaraty, é um instrumento de cooperação útil para proteger as vítimas, com salvaguardas de direitos humanos; o Brasil foi vice-presidente do comitê de negociação.',
        cdd8ee8f: 'Rússia (Ministério das Relações Exteriores)',
        edabf345:
          'Segundo a Rússia, é uma base sólida para a cooperação policial que respeita a soberania digital dos Estados; seu alcance poderia ser ampliado depois por um protocolo.',
        b984ff3d: 'Vietnã',
        '48751933':
          'Segundo o Vietnã, é um marco global alcançado por consenso; o país pede aos Estados que o assinem e ratifiquem logo.',
        bfaa1a82: 'Convenção de Budapeste',
        '33a2b3cf': 'Tratado do Conselho da Europa sobre crime cibernético, 2001',
        '70ec4f43':
          'O primeiro tratado internacional sobre crimes informáticos: define os crimes centrais, dá às autoridades poderes sobre provas eletrônicas e organiza a cooperação entre suas partes, que incluem muitos Estados fora da Europa.',
        '68f3b9bd':
          'Tratado do Conselho da Europa (STE n.º 185) aberto à assinatura em Budapeste em 23 de novembro de 2001 e em vigor desde 1º de julho de 2004. Harmoniza as definições dos principais crimes informáticos, dá às autoridades poderes sobre provas eletrônicas e organiza a cooperação entre as partes, incluindo uma rede de pontos de contato disponíveis dia e noite; Estados de fora do Conselho da Europa podem aderir quando convidados. Dois protocolos acrescentam regras sobre atos racistas e xenófobos (2003) e sobre o acesso transfronteiriço a provas eletrônicas (2022).',
        '06418975': '48 artigos em quatro capítulos.',
        '7f8b6344':
          'Acesso ilegal, interceptação ilegal, interferência em dados e em sistemas, uso indevido de dispositivos, falsificação e fraude informáticas, material de abuso sexual infantil e violações de direitos autorais e conexos.',
        '5a768317':
          'Cada parte designa um ponto de contato disponível a qualquer hora para ajuda urgente: orientação técnica, preservação de dados e coleta de provas.',
        f1d367c7: 'Adesão',
        d5528313:
          'Estados que não são membros do Conselho da Europa podem aderir quando convidados, após consulta às partes.',
        '209576f2': 'Acompanhamento',
        '9b93a1a4':
          'O Comitê da Convenção sobre o Crime Cibernético (T-CY), formado pelas partes, supervisiona a aplicação do tratado.',
        '3c64da37':
          'Segundo a ARTICLE 19, tem bons aspectos, mas é insuficiente em liberdade de expressão e privacidade; por isso não deveria servir de modelo, e suas falhas não deveriam ser copiadas no tratado da ONU.',
        '44101a4c': 'Rússia',
        '92f9fd2c': 'A Rússia rejeita a Convenção como uma violação da soberania nacional.',
        '9dbd062c': 'Índia',
        '5f79ac21': 'A Índia não aderiu, alegando que não participou da redação do texto.',
        '7dff08e9': 'Conselho da Europa',
        '169b1448':
          'Segundo o Conselho da Europa, além do texto, a Convenção cria redes de profissionais que cooperam, inclusive em emergências, e qualquer país pode usá-la como modelo para suas leis.',
        '1c3065ac': 'Estados Unidos',
        '85307030':
          'Os EUA a consideram o padrão de referência (“gold standard”, em inglês) para a cooperação internacional contra o crime cibernético.',
        '252c68d7': 'Governo da Nova Zelândia',
        e28940be:
          'Segundo o governo, a adesão ajuda a Nova Zelândia a trabalhar com parceiros para investigar crimes transnacionais e obter provas.',
        efcbc060: 'Primeiro Protocolo Adicional (racismo e xenofobia)',
        '6dc5fdb7': 'Protocolo da Convenção de Budapeste, 2003',
        fe248ea4:
          'Aplica os crimes e as regras de cooperação da Convenção de Budapeste ao material racista e xenófobo difundido por meio de sistemas informáticos.',
        '9f699dc8':
          'Protocolo de 2003 (STE n.º 189) que aplica os crimes, os poderes de investigação e as regras de cooperação da Convenção de Budapeste ao material racista e xenófobo difundido por meio de sistemas informáticos. Entrou em vigor em março de 2006.',
        '63e6658b': 'Alcance',
        '1db3ad04':
          'Estende as disposições penais, processuais e de cooperação da Convenção à propaganda racista e xenófoba feita na internet.',
        '3f80116a':
          'Segundo o Conselho da Europa, harmoniza o direito penal nacional sobre racismo e xenofobia na internet e facilita a cooperação nessa área.',
        '1a69087c': 'Segundo Protocolo Adicional (provas eletrônicas)',
        '64c1725e': 'Protocolo da Convenção de Budapeste, 2022',
        dce53d6a:
          'Dá às partes meios mais rápidos de obter provas eletrônicas guardadas no exterior, inclusive pedidos diretos a provedores de serviços, com salvaguardas de proteção de dados.',
        '12a4ed4b':
          'Protocolo de 2022 (STCE n.º 224) que dá às partes novos meios de obter provas eletrônicas guardadas no exterior: pedidos diretos a registradores de domínios e provedores de serviços de outra parte, divulgação mais rápida de dados de assinantes e de tráfego, cooperação de emergência, equipes conjuntas de investigação e audiências por videoconferência. Tudo isso com salvaguardas de direitos humanos e de proteção de dados.',
        cb239ada: 'Novas ferramentas',
        '151c1521':
          'Pedidos diretos a registradores e provedores no exterior, entrega acelerada de dados de assinantes e de tráfego, assistência de emergência, equipes conjuntas de investigação e videoconferência.',
        '981c2afa': 'Salvaguardas',
        '63bd92f1':
          'Os novos poderes estão sujeitos a condições de direitos humanos e de proteção de dados.',
        '0ed7b44a':
          'Segundo a EFF, as exigências de supervisão são inadequadas, os padrões de privacidade fracos, e os novos poderes contornam os mecanismos de prestação de contas existentes.',
        '52ba68a2':
          'Segundo o Conselho da Europa, responde ao problema de provas guardadas em jurisdições estrangeiras, múltiplas ou desconhecidas, com salvaguardas de direitos humanos e de proteção de dados.',
        '8706f9a2': 'Comitê Ad Hoc da ONU sobre crime cibernético',
        d7a580e1: 'Comitê de negociação da ONU, criado em 2019',
        '4ed8623b':
          'O órgão dos Estados-membros da ONU que negociou a Convenção das Nações Unidas contra o Crime Cibernético. Agora prepara a primeira conferência dos Estados partes do tratado e um projeto de protocolo.',
        '417dbd0a':
          'Comitê intergovernamental criado pela Assembleia Geral da ONU em dezembro de 2019 (resolução 74/247), a partir de uma proposta liderada pela Rússia e aprovada em votação dividida, para redigir uma convenção global contra o uso criminoso das tecnologias de informação e comunicação. Depois de sessões de negociação em Nova York e Viena a partir de 2022, aprovou por consenso, em agosto de 2024, um projeto de convenção, que a Assembleia Geral adotou em dezembro de 2024 como Convenção das Nações Unidas contra o Crime Cibernético. Seu mandato restante é preparar o regimento da Conferência dos Estados Partes do tratado e negociar um projeto de protocolo.',
        '936e8f4b': 'Mandato',
        '69e5fe48':
          'Criado pela resolução 74/247 da Assembleia Geral para elaborar uma convenção internacional abrangente sobre o combate ao uso das TIC para fins criminosos.',
        a302ea49: 'Método de trabalho',
        '3920342a':
          'A resolução 75/282 previu ao menos seis sessões de negociação e a apresentação do projeto à Assembleia Geral em sua 78ª sessão.',
        '5df4a336': 'Trabalho após a adoção',
        '46262035':
          'Prepara o regimento da Conferência dos Estados Partes e negocia um projeto de protocolo que pode acrescentar outros crimes. A Rússia sugeriu que ele abranja o uso das TIC para fins terroristas e extremistas e o tráfico de drogas e de armas.',
        '04ec0b2a': 'Presidência',
        '5f1c56f5': 'Presidido pela argelina Faouzia Boumaiza-Mebarki.',
      },
    },
    {
      // The key dates the preview card shows (its compact timeline); other events stay English.
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        cea27b0d:
          'A Assembleia Geral adota a convenção sem votação (resolução 79/243, 55ª sessão plenária).',
        '94d0cf13':
          'Abertura à assinatura em uma cerimônia em Hanói. O Vietnã assina primeiro; a UE, a China, a Rússia, o Reino Unido, a Austrália e o Brasil estão entre os signatários. Os EUA, o Canadá, a Nova Zelândia, o Japão, a Índia, o México e Israel não assinam ali.',
        bb766953: 'Último dia para assinar a convenção, na sede da ONU em Nova York (art. 64).',
        '3f2edfe3':
          'Começa a redação no Conselho da Europa, com Canadá, Japão, Filipinas, África do Sul e Estados Unidos como observadores; vai até o outono de 2001.',
        b98b5f0e: 'O Comitê de Ministros adota o texto em sua 109ª sessão.',
        '72260d6c': 'Aberta à assinatura em Budapeste.',
        '6600d8b7': 'Entra em vigor.',
        '7b0fb4da': 'Aberto à assinatura em Estrasburgo.',
        aecb8315: 'Entra em vigor após as cinco primeiras ratificações.',
        f95b3926: 'A Assembleia Geral adota a resolução 74/247, que cria o Comitê Ad Hoc.',
        d997b087: 'Primeira sessão de negociação, Nova York.',
        '77cfc027':
          'O comitê aprova por consenso o projeto de convenção e um projeto de resolução da Assembleia Geral.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft; positions added from FACTS.md section 6)',
      reviewed: false,
      texts: {
        dd8f6ea7: 'R3D e outras organizações da sociedade civil (declaração conjunta)',
        '99c4dc95':
          'O projeto de artigo 17 do regulamento permitiria que uma única objeção bloqueasse o credenciamento de uma organização na Conferência dos Estados Partes.',
        '70abc41a': 'Michael Geist e a Associação Canadense de Liberdades Civis',
        f888da0a:
          'Criticaram a assinatura do Canadá, noticiada em julho de 2026, como uma decisão discreta de aderir a um tratado de vigilância.',
        '31082e41': 'União Europeia e seus Estados-membros (2026)',
        '08d36870':
          'Comprometem-se com a implementação efetiva da convenção, lembrando que estiveram entre seus primeiros signatários.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft): the preview card’s short phrases',
      reviewed: false,
      texts: {
        f44ecad9: 'Vigilância muito além do crime cibernético, sem salvaguardas exigíveis.',
        fd30851c: 'EFF',
        '0599a4cc': 'Poderes de vigilância compartilhados para qualquer crime grave.',
        bb4db3de: 'O primeiro tratado de justiça criminal em vinte anos.',
        b2406071: 'Secretário-Geral da ONU',
        c42f9c88: 'Um marco global e uma rede 24/7 para compartilhar provas.',
        '1450ef96': 'UNODC',
        '806b9735': 'Fica aquém em liberdade de expressão e privacidade.',
        '3186c212': 'Uma violação da soberania nacional.',
        '8bd6c83c': 'Redes de profissionais que cooperam; um modelo para as leis.',
        '22f66c18': 'O “padrão-ouro” da cooperação contra o crime cibernético.',
      },
    },
  ],
};
