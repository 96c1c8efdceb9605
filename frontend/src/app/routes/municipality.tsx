import { useTranslation } from 'react-i18next';
import { DetailNotFound, DetailPage, type DetailTexts } from '@/components/ui/detail-page';
import { useUuidParam } from '@/lib/route-params';
import { useMunicipality } from '@/features/municipalities/api/get-municipality';
import { ClimateConceptSection } from '@/features/municipalities/components/climate-concept-section';
import { MunicipalityDetails } from '@/features/municipalities/components/municipality-details';
import { useMayEditConcept } from '@/api/roles';

function MunicipalityPage({ id, texts }: { id: string; texts: DetailTexts }) {
  const { t } = useTranslation('municipalities');
  const query = useMunicipality(id);
  const mayEdit = useMayEditConcept(id);
  return (
    <DetailPage backTo="/kommunen" texts={texts} query={query} titleOf={(m) => m.name}>
      {(municipality) => (
        <>
          <hgroup className="kn-stack">
            <p className="kern-preline">{t(`kind.${municipality.kind}`)}</p>
            <h1 className="kern-heading-large">{municipality.name}</h1>
          </hgroup>
          <MunicipalityDetails municipality={municipality} />
          <ClimateConceptSection municipalityId={id} mayEdit={mayEdit} />
        </>
      )}
    </DetailPage>
  );
}

export function MunicipalityRoute() {
  const { t } = useTranslation('municipalities');
  const id = useUuidParam();
  const texts: DetailTexts = {
    back: t('detail.back'),
    notFoundTitle: t('detail.notFoundTitle'),
    notFoundText: t('detail.notFoundText'),
    loading: t('detail.loading'),
    errorTitle: t('detail.errorTitle'),
  };
  return id ? (
    <MunicipalityPage key={id} id={id} texts={texts} />
  ) : (
    <DetailNotFound backTo="/kommunen" texts={texts} />
  );
}
