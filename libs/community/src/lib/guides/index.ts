import { GuideCompletion } from './guide-completion.entity';
import { GuideItem } from './guide-item.entity';
import { GuideStepPhoto } from './guide-step-photo.entity';
import { GuideStep } from './guide-step.entity';
import { Guide } from './guide.entity';

export { GuideService } from './guide.service';
export { GuideDifficulty, GuideItemKind } from './guide.types';
export const guideEntities = [Guide, GuideStep, GuideStepPhoto, GuideItem, GuideCompletion];
